using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Plo.IntegrationTests.Infrastructure;

/// <summary>Tokens signed with the tests' own key, including ones the Development issuer refuses to mint (no role, odd
/// lifetimes).</summary>
public static class TestTokens
{
    public const string Issuer = "plo-tests";
    public const string Audience = "plo-api";
    public static readonly string Key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>The API's token settings for these tokens.</summary>
    public static readonly IReadOnlyDictionary<string, string?> Settings = new Dictionary<string, string?>
    {
        ["Authentication:Schemes:Bearer:ValidIssuer"] = Issuer,
        ["Authentication:Schemes:Bearer:ValidAudiences:0"] = Audience,
        ["Authentication:Schemes:Bearer:SigningKeys:0:Issuer"] = Issuer,
        ["Authentication:Schemes:Bearer:SigningKeys:0:Value"] = Key,
    };

    public static string Mint(
        IEnumerable<Claim> claims,
        TimeSpan? lifetime = null,
        DateTime? issuedAt = null,
        string? key = null
    )
    {
        var now = issuedAt ?? DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(
            new SecurityTokenDescriptor
            {
                Issuer = Issuer,
                Audience = Audience,
                IssuedAt = now,
                NotBefore = now,
                Expires = now.Add(lifetime ?? TimeSpan.FromHours(1)),
                Subject = new ClaimsIdentity(claims),
                SigningCredentials = new SigningCredentials(
                    new SymmetricSecurityKey(Convert.FromBase64String(key ?? Key)),
                    SecurityAlgorithms.HmacSha256
                ),
            }
        );
    }

    public static string For(string user, params string[] roles) =>
        Mint([new Claim("sub", user), .. roles.Select(r => new Claim("role", r))]);
}
