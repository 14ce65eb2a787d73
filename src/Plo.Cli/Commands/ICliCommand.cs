namespace Plo.Cli.Commands;

public interface ICliCommand
{
    string Name { get; }
    string Usage { get; }
    IReadOnlySet<string> Flags => new HashSet<string>();

    /// <summary>Runs the command and returns the process exit code.</summary>
    Task<int> RunAsync(CliArguments args, IServiceProvider services, TextWriter output, CancellationToken cancellationToken);
}
