using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.IdentityModel.JsonWebTokens;
using Plo.Application.Common.Abstractions;
using Plo.Infrastructure.Persistence;

namespace Plo.Api.Infrastructure;

internal static class AuthenticationSetup
{
    /// <summary>Chooses the scheme by path: bearer tokens under /api, the sign-in cookie everywhere else.</summary>
    public const string ByPath = "PloByPath";

    /// <summary>
    /// JWT bearer from the standard <c>Authentication:Schemes:Bearer</c> section (issuer, audiences, signing keys
    /// or an OIDC authority such as Entra ID). Claims keep their token names. Tokens must be signed with a pinned
    /// algorithm, carry the user id claim and an expiry no further than <c>MaxTokenLifetimeHours</c> from issue.
    /// Pages use a cookie (<see cref="PageSignIn"/>), signed with Data Protection keys kept in the database so
    /// that every instance reads every other's cookies.
    /// </summary>
    public static IServiceCollection AddPloAuthentication(
        this IServiceCollection services,
        IConfiguration configuration,
        IHostEnvironment environment
    )
    {
        var claims = PloClaimTypes.From(configuration);
        var maxLifetime = TimeSpan.FromHours(configuration.GetValue("Authentication:MaxTokenLifetimeHours", 12));
        services.AddSingleton(claims);
        var authentication = services
            .AddAuthentication(ByPath)
            .AddPolicyScheme(
                ByPath,
                "Bearer for /api, cookie for pages",
                o =>
                    o.ForwardDefaultSelector = http =>
                        http.Request.Path.StartsWithSegments("/api")
                            ? JwtBearerDefaults.AuthenticationScheme
                            : CookieAuthenticationDefaults.AuthenticationScheme
            )
            .AddJwtBearer(options =>
            {
                options.MapInboundClaims = false;
                var validation = options.TokenValidationParameters;
                validation.NameClaimType = claims.UserId;
                validation.RoleClaimType = claims.Role;
                validation.ValidAlgorithms = configuration.GetSection("Authentication:ValidAlgorithms").Get<string[]>()
                    is { Length: > 0 } algorithms
                    ? algorithms
                    : ["RS256", "HS256"];
                validation.RequireSignedTokens = true;
                validation.RequireExpirationTime = true;
                validation.ClockSkew = TimeSpan.FromMinutes(1);
                options.Events = new JwtBearerEvents
                {
                    OnTokenValidated = context => CheckClaims(context, claims.UserId, maxLifetime),
                };
            });
        authentication.AddPageSignIn(configuration, environment, claims);
        services.AddDataProtection().SetApplicationName("Plo").PersistKeysToDbContext<PloDbContext>();
        services.AddAuthorization();
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        return services;
    }

    private static Task CheckClaims(TokenValidatedContext context, string userIdClaim, TimeSpan maxLifetime)
    {
        if (string.IsNullOrWhiteSpace(context.Principal?.FindFirst(userIdClaim)?.Value))
        {
            context.Fail($"The token has no '{userIdClaim}' claim naming the user.");
        }
        else if (
            context.SecurityToken is JsonWebToken token
            && token.ValidTo - (token.IssuedAt > DateTime.MinValue ? token.IssuedAt : token.ValidFrom) > maxLifetime
        )
        {
            context.Fail($"The token lives longer than {maxLifetime.TotalHours} hours.");
        }

        return Task.CompletedTask;
    }
}
