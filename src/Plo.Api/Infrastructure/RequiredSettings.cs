using Microsoft.Extensions.Diagnostics.HealthChecks;
using Plo.Application.Letters.Model;
using Plo.Infrastructure.Security;

namespace Plo.Api.Infrastructure;

/// <summary>
/// Settings a council must give before Plo serves anyone: how tokens are checked, and the council's details that
/// letters print. Outside Development the API refuses to start without them; /health/ready reports them everywhere.
/// </summary>
internal static class RequiredSettings
{
    private const string Bearer = "Authentication:Schemes:Bearer";
    private const int MinimumKeyBytes = 32;

    /// <summary>Each missing or unsafe setting, in words that say what to set.</summary>
    public static IReadOnlyList<string> Problems(IConfiguration configuration, bool development)
    {
        var problems = new List<string>();
        var authority = configuration[$"{Bearer}:Authority"];
        var key = configuration[DevelopmentSigningKey.ValueKey];
        if (string.IsNullOrWhiteSpace(authority) && string.IsNullOrWhiteSpace(key))
        {
            problems.Add(
                $"{Bearer}:Authority (your identity provider, e.g. an Entra ID tenant) or {Bearer}:SigningKeys:0:Value"
            );
        }

        if (!development && !string.IsNullOrWhiteSpace(key))
        {
            problems.AddRange(KeyProblems(key));
        }

        if (!development && PageSignIn.DevelopmentSignIn(configuration))
        {
            problems.Add(
                "Authentication:Pages:DevelopmentSignIn to false: it lets anyone sign in as anyone, in Development only"
            );
        }

        if (!development && !PageSignIn.UsesOpenIdConnect(configuration))
        {
            problems.Add(
                "Authentication:Schemes:OpenIdConnect:Authority, ClientId and ClientSecret (the council's identity "
                    + "provider, e.g. an Entra ID tenant), so that staff can sign in to the pages"
            );
        }

        var council = configuration.GetSection(CouncilOptions.Section).Get<CouncilOptions>() ?? new CouncilOptions();
        Require(problems, council.Name, "Council:Name");
        Require(problems, council.AddressLines.FirstOrDefault(), "Council:AddressLines");
        Require(problems, council.Phone, "Council:Phone");
        Require(problems, council.Email, "Council:Email");
        Require(problems, council.LegalTeam.Name, "Council:LegalTeam:Name");
        Require(problems, council.LegalTeam.Phone, "Council:LegalTeam:Phone");
        Require(
            problems,
            council.Solicitors.FirstOrDefault()?.Name,
            "Council:Solicitors (the local children-law solicitors letters enclose)"
        );
        return problems;
    }

    /// <summary>Outside Development, stops start-up with one message naming every setting to fix.</summary>
    public static void Verify(IConfiguration configuration, IHostEnvironment environment)
    {
        var problems = Problems(configuration, environment.IsDevelopment());
        if (!environment.IsDevelopment() && problems.Count > 0)
        {
            throw new InvalidOperationException(
                $"Plo cannot start in the {environment.EnvironmentName} environment. "
                    + $"Set:{string.Concat(problems.Select(p => $"{Environment.NewLine}  - {p}"))}"
            );
        }
    }

    private static IEnumerable<string> KeyProblems(string key)
    {
        if (key == DevelopmentSigningKey.FormerlyPublished || key == DevelopmentSigningKey.ThisMachines())
        {
            yield return $"{Bearer}:SigningKeys:0:Value to a key of your own: this one is a development key";
        }
        else if (!TryDecode(key, out var bytes) || bytes.Length < MinimumKeyBytes)
        {
            yield return $"{Bearer}:SigningKeys:0:Value to at least {MinimumKeyBytes} random bytes, base64-encoded";
        }
    }

    private static bool TryDecode(string key, out byte[] bytes)
    {
        bytes = new byte[key.Length];
        var ok = Convert.TryFromBase64String(key, bytes, out var written);
        bytes = bytes[..(ok ? written : 0)];
        return ok;
    }

    private static void Require(List<string> problems, string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(name);
        }
    }

    /// <summary>/health/ready: unhealthy while a required setting is missing.</summary>
    public sealed class HealthCheck(IConfiguration configuration, IHostEnvironment environment) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(
            HealthCheckContext context,
            CancellationToken cancellationToken = default
        )
        {
            var problems = Problems(configuration, environment.IsDevelopment());
            return Task.FromResult(
                problems.Count == 0
                    ? HealthCheckResult.Healthy()
                    : HealthCheckResult.Unhealthy($"Missing settings: {string.Join("; ", problems)}")
            );
        }
    }
}
