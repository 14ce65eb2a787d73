using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Plo.Application;
using Plo.Cli.Commands;
using Plo.Infrastructure;
using Plo.Infrastructure.Security;

namespace Plo.Cli;

/// <summary>The <c>plo</c> command line: exit 0 on success, 1 when the work fails, 2 on a usage or input
/// error.</summary>
public static class CliApp
{
    public static readonly IReadOnlyList<ICliCommand> Commands = NativeChecker.IsNative
        ? [new CheckLetterCommand()]
        : AllCommands();

    private static ICliCommand[] AllCommands() =>
        [
            new TokenCommand(),
            new MigrateCommand(),
            new CheckLetterCommand(),
            new LintTemplatesCommand(),
            new EvaluateCheckerCommand(),
            new SeedCommand(),
            new ImportStaffCommand(),
            new ImportCasesCommand(),
        ];

    /// <summary>Runs one command; <paramref name="settings"/> are laid over the configuration files (tests use
    /// them).</summary>
    public static async Task<int> RunAsync(
        string[] args,
        TextWriter output,
        TextWriter error,
        string? environment = null,
        IReadOnlyDictionary<string, string?>? settings = null
    )
    {
        ICliCommand? command = null;
        try
        {
            command = Commands.FirstOrDefault(c => args.Length > 0 && c.Name == args[0]);
            if (args is [] or ["help" or "--help" or "-h"])
            {
                WriteUsage(output);
                return args.Length == 0 ? 2 : 0;
            }

            if (command is null)
            {
                throw new CliUsageException(
                    NativeChecker.IsNative
                        ? $"This is the native letter checker, which has only check-letter; run the full plo for "
                            + $"'{args[0]}'."
                        : $"Unknown command '{args[0]}'."
                );
            }

            if (args.Skip(1).Any(a => a is "--help" or "-h"))
            {
                output.WriteLine($"Usage: plo {command.Usage}");
                return 0;
            }

            var parsed = CliArguments.Parse(args, command.Options, command.Flags);
            if (!command.NeedsHost || NativeChecker.IsNative)
            {
                return await command.RunAsync(parsed, EmptyServices.Instance, output, CancellationToken.None);
            }

            using var host = BuildHost(environment, settings);
            return await command.RunAsync(parsed, host.Services, output, CancellationToken.None);
        }
        catch (CliUsageException ex)
        {
            error.WriteLine($"plo: {ex.Message}");
            error.WriteLine(command is null ? "Run 'plo help' for the commands." : $"Usage: plo {command.Usage}");
            return 2;
        }
        catch (InvalidOperationException ex)
        {
            error.WriteLine($"plo: {ex.Message}");
            return 1;
        }
    }

    // A Debug build (what `dotnet run` makes from a checkout) defaults to Development so a newcomer
    // can mint tokens; a Release build defaults to Production, where minting is refused.
#if DEBUG
    private const string DefaultEnvironment = "Development";
#else
    private const string DefaultEnvironment = "Production";
#endif

    private static IHost BuildHost(string? environment, IReadOnlyDictionary<string, string?>? settings)
    {
        var builder = Host.CreateApplicationBuilder(
            new HostApplicationBuilderSettings
            {
                ContentRootPath = AppContext.BaseDirectory,
                EnvironmentName =
                    environment ?? Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? DefaultEnvironment,
            }
        );
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        DevelopmentSigningKey.EnsureConfigured(builder.Configuration, builder.Environment);
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddApplication(builder.Configuration).AddInfrastructure(builder.Configuration);
        return builder.Build();
    }

    private sealed class EmptyServices : IServiceProvider
    {
        public static readonly EmptyServices Instance = new();

        public object? GetService(Type serviceType) => null;
    }

    private static void WriteUsage(TextWriter output)
    {
        output.WriteLine("Usage: plo COMMAND [OPTIONS]");
        foreach (var command in Commands)
        {
            output.WriteLine($"  {command.Usage}");
        }
    }
}
