using Microsoft.Extensions.DependencyInjection;
using Plo.Infrastructure.Security;

namespace Plo.Cli.Commands;

/// <summary><c>plo token --role ROLE [--role ROLE...] --user ID [--hours N]</c>: a Development bearer token.</summary>
public sealed class TokenCommand : ICliCommand
{
    private const int DefaultHours = 8;

    public string Name => "token";
    public string Usage =>
        "token --role ROLE [--role ROLE...] --user USER_ID [--hours N]   mint a Development bearer token";

    public IReadOnlySet<string> Options => new HashSet<string> { "--role", "--user", "--hours" };

    public Task<int> RunAsync(
        CliArguments args,
        IServiceProvider services,
        TextWriter output,
        CancellationToken cancellationToken
    )
    {
        var user = args.Required("--user");
        var roles = args.All("--role");
        if (roles.Count == 0)
        {
            throw new CliUsageException("Option --role is required.");
        }

        var hours = args.Value("--hours") is { } h
            ? int.TryParse(h, out var parsed) && parsed is > 0 and <= 24
                ? parsed
                : throw new CliUsageException("--hours must be a whole number from 1 to 24.")
            : DefaultHours;

        try
        {
            output.WriteLine(
                services.GetRequiredService<DevelopmentTokenIssuer>().Issue(user, roles, TimeSpan.FromHours(hours))
            );
            return Task.FromResult(0);
        }
        catch (ArgumentException ex)
        {
            throw new CliUsageException(ex.Message.Split(" (Parameter")[0]);
        }
    }
}
