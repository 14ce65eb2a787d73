namespace Plo.Cli.Commands;

public interface ICliCommand
{
    string Name { get; }
    string Usage { get; }

    /// <summary>Options that take a value (<c>--name value</c>); any other option is refused.</summary>
    IReadOnlySet<string> Options => new HashSet<string>();

    /// <summary>Options that stand alone (<c>--dry-run</c>).</summary>
    IReadOnlySet<string> Flags => new HashSet<string>();

    /// <summary>Whether the command needs configuration and services (the database, tokens); pure file commands do
    /// not.</summary>
    bool NeedsHost => true;

    /// <summary>Runs the command and returns the process exit code.</summary>
    Task<int> RunAsync(
        CliArguments args,
        IServiceProvider services,
        TextWriter output,
        CancellationToken cancellationToken
    );
}
