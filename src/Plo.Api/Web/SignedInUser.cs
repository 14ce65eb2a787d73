using Plo.Api.Infrastructure;

namespace Plo.Api.Web;

/// <summary>The signed-in person as the header shows them: name and roles in words.</summary>
public sealed record SignedInUser(string UserId, string Name, IReadOnlyList<string> Roles)
{
    /// <summary>The page each role starts from, in the order a person holding several roles most needs.</summary>
    private static readonly (string Role, string Path)[] Homes =
    [
        (Application.Common.Security.Roles.SeniorManager, "/dashboard"),
        (Application.Common.Security.Roles.GatewayPanel, "/panel"),
        (Application.Common.Security.Roles.TeamManager, "/team"),
        (Application.Common.Security.Roles.SocialWorker, "/caseload"),
        (Application.Common.Security.Roles.LegalAdviser, "/dashboard"),
    ];

    public string RolesInWords => string.Join(", ", Roles.Select(Application.Common.Security.Roles.InWords));

    public string HomePath => Homes.FirstOrDefault(h => Holds(h.Role)).Path ?? "/error/403";

    public bool Holds(string role) => Roles.Contains(role);

    public static SignedInUser From(HttpContext http)
    {
        var claims = http.RequestServices.GetRequiredService<PloClaimTypes>();
        var user = http.User;
        var id = user.FindFirst(claims.UserId)?.Value ?? "";
        return new SignedInUser(
            id,
            user.FindFirst(PloClaimTypes.DisplayName)?.Value ?? id,
            [.. user.FindAll(claims.Role).Select(c => c.Value).Where(Application.Common.Security.Roles.All.Contains)]
        );
    }
}
