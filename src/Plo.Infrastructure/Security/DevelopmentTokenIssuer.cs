using System.Security.Claims;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Plo.Application.Common.Security;

namespace Plo.Infrastructure.Security;

/// <summary>
/// Mints bearer tokens that a Development API accepts, from the same
/// <c>Authentication:Schemes:Bearer</c> settings the API validates with. Refuses outside Development:
/// production tokens come from the council's identity provider.
/// </summary>
public sealed class DevelopmentTokenIssuer(
    IConfiguration configuration,
    IHostEnvironment environment,
    TimeProvider clock
)
{
    public const string RoleClaim = "role";
    private const string Section = "Authentication:Schemes:Bearer";

    public string Issue(string userId, IReadOnlyCollection<string> roles, TimeSpan lifetime)
    {
        if (!environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                $"Tokens are only minted in Development (this is {environment.EnvironmentName}). Use the council's "
                    + $"identity provider."
            );
        }

        if (string.IsNullOrWhiteSpace(userId))
        {
            throw new ArgumentException("A user id is required.", nameof(userId));
        }

        var unknown = roles.Where(r => !Roles.All.Contains(r)).ToList();
        if (roles.Count == 0 || unknown.Count > 0)
        {
            throw new ArgumentException(
                $"Roles must be one or more of: {string.Join(", ", Roles.All)}.",
                nameof(roles)
            );
        }

        var bearer = configuration.GetSection(Section);
        var issuer = bearer["ValidIssuer"] ?? throw Missing("ValidIssuer");
        var audience =
            bearer.GetSection("ValidAudiences").Get<string[]>()?.FirstOrDefault() ?? throw Missing("ValidAudiences");
        var key = bearer["SigningKeys:0:Value"] ?? throw Missing("SigningKeys:0:Value");

        var now = clock.GetUtcNow().UtcDateTime;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.Add(lifetime),
            Subject = new ClaimsIdentity([
                new Claim("sub", userId),
                new Claim("name", userId),
                .. roles.Select(r => new Claim(RoleClaim, r)),
            ]),
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Convert.FromBase64String(key)),
                SecurityAlgorithms.HmacSha256
            ),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    private static InvalidOperationException Missing(string key) => new($"Configuration {Section}:{key} is missing.");
}
