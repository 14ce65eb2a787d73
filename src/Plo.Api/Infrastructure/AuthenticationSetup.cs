using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;
using Plo.Application.Common.Abstractions;

namespace Plo.Api.Infrastructure;

internal static class AuthenticationSetup
{
    /// <summary>
    /// JWT bearer from the standard <c>Authentication:Schemes:Bearer</c> section (issuer, audiences, signing keys
    /// or an OIDC authority such as Entra ID). Claims keep their token names. Tokens must be signed with a pinned
    /// algorithm, carry the user id claim and an expiry no further than <c>MaxTokenLifetimeHours</c> from issue.
    /// </summary>
    public static IServiceCollection AddPloAuthentication(
        this IServiceCollection services,
        IConfiguration configuration
    )
    {
        var settings = configuration.GetSection("Authentication");
        var userIdClaim = settings["UserIdClaimType"] is { Length: > 0 } claim ? claim : "sub";
        var maxLifetime = TimeSpan.FromHours(settings.GetValue("MaxTokenLifetimeHours", 12));
        services
            .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.MapInboundClaims = false;
                var validation = options.TokenValidationParameters;
                validation.NameClaimType = userIdClaim;
                validation.RoleClaimType = settings["RoleClaimType"] is { Length: > 0 } roles ? roles : "role";
                validation.ValidAlgorithms = settings.GetSection("ValidAlgorithms").Get<string[]>()
                    is { Length: > 0 } algorithms
                    ? algorithms
                    : ["RS256", "HS256"];
                validation.RequireSignedTokens = true;
                validation.RequireExpirationTime = true;
                validation.ClockSkew = TimeSpan.FromMinutes(1);
                options.Events = new JwtBearerEvents
                {
                    OnTokenValidated = context => CheckClaims(context, userIdClaim, maxLifetime),
                };
            });
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
