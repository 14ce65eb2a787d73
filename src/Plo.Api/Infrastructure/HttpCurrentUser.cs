using System.Security.Claims;
using Plo.Application.Common.Abstractions;

namespace Plo.Api.Infrastructure;

/// <summary>The signed-in user, from the validated bearer token or the sign-in cookie (both carry the configured
/// user id and role claims).</summary>
internal sealed class HttpCurrentUser(IHttpContextAccessor accessor, PloClaimTypes claims) : ICurrentUser
{
    private ClaimsPrincipal Principal => accessor.HttpContext?.User ?? new ClaimsPrincipal();

    public string UserId => Principal.FindFirst(claims.UserId)?.Value ?? "anonymous";

    private string[]? _roles;

    /// <summary>Read once per request (the service is scoped): behaviours ask for roles on every message.</summary>
    public IReadOnlyCollection<string> Roles =>
        _roles ??= [.. Principal.Claims.Where(c => c.Type == claims.Role).Select(c => c.Value).Distinct()];
}
