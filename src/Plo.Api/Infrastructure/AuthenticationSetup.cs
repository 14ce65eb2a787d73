using Microsoft.AspNetCore.Authentication.JwtBearer;
using Plo.Application.Common.Abstractions;

namespace Plo.Api.Infrastructure;

internal static class AuthenticationSetup
{
    /// <summary>
    /// JWT bearer from the standard <c>Authentication:Schemes:Bearer</c> section (issuer, audiences,
    /// signing keys or an OIDC authority such as Entra ID). Claims keep their token names;
    /// <c>Authentication:RoleClaimType</c> names the roles claim (default <c>role</c>; Entra ID uses <c>roles</c>).
    /// </summary>
    public static IServiceCollection AddPloAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(options =>
        {
            options.MapInboundClaims = false;
            options.TokenValidationParameters.NameClaimType = "sub";
            options.TokenValidationParameters.RoleClaimType = configuration["Authentication:RoleClaimType"] ?? "role";
        });
        services.AddAuthorization();
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        return services;
    }
}
