using System.Security.Claims;

namespace Plo.Api.Infrastructure;

/// <summary>
/// The claims that name the user and their roles (<c>Authentication:UserIdClaimType</c>, <c>RoleClaimType</c>), the
/// same for tokens and for the sign-in cookie, so that the current user is read one way whatever signed them in.
/// </summary>
internal sealed record PloClaimTypes(string UserId, string Role)
{
    /// <summary>The name staff know the user by, shown in the header.</summary>
    public const string DisplayName = "plo:name";

    public static PloClaimTypes From(IConfiguration configuration)
    {
        var settings = configuration.GetSection("Authentication");
        return new PloClaimTypes(
            settings["UserIdClaimType"] is { Length: > 0 } user ? user : "sub",
            settings["RoleClaimType"] is { Length: > 0 } role ? role : "role"
        );
    }

    public ClaimsPrincipal Principal(string userId, string displayName, IEnumerable<string> roles, string scheme)
    {
        var identity = new ClaimsIdentity(scheme, UserId, Role);
        identity.AddClaim(new Claim(UserId, userId));
        identity.AddClaim(new Claim(DisplayName, displayName));
        foreach (var role in roles.Distinct())
        {
            identity.AddClaim(new Claim(Role, role));
        }

        return new ClaimsPrincipal(identity);
    }
}
