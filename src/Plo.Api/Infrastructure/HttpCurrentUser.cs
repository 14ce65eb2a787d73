using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Plo.Application.Common.Abstractions;

namespace Plo.Api.Infrastructure;

/// <summary>The signed-in user, from the validated bearer token (the user id is the configured
/// <c>UserIdClaimType</c>).</summary>
internal sealed class HttpCurrentUser(IHttpContextAccessor accessor, IOptionsMonitor<JwtBearerOptions> bearer)
    : ICurrentUser
{
    private ClaimsPrincipal Principal => accessor.HttpContext?.User ?? new ClaimsPrincipal();

    private string RoleClaimType =>
        bearer.Get(JwtBearerDefaults.AuthenticationScheme).TokenValidationParameters.RoleClaimType;

    public string UserId => Principal.Identity?.Name ?? "anonymous";

    private string[]? _roles;

    /// <summary>Read once per request (the service is scoped): behaviours ask for roles on every message.</summary>
    public IReadOnlyCollection<string> Roles =>
        _roles ??= [.. Principal.Claims.Where(c => c.Type == RoleClaimType).Select(c => c.Value).Distinct()];
}
