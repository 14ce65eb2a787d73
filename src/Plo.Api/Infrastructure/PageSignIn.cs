using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Plo.Application.Staff.SignIn;

namespace Plo.Api.Infrastructure;

/// <summary>
/// How people sign in to the pages. The cookie is HttpOnly, SameSite=Lax, Secure outside Development and expires
/// after <c>Authentication:Pages:IdleTimeoutMinutes</c> (30) without use. Where
/// <c>Authentication:Schemes:OpenIdConnect:Authority</c> is set (an Entra ID tenant, say) people sign in there;
/// in Development <c>Authentication:Pages:DevelopmentSignIn</c> lets them pick who they are from the directory.
/// Either way the user must be active in the staff directory.
/// </summary>
internal static class PageSignIn
{
    public const string OpenIdConnect = OpenIdConnectDefaults.AuthenticationScheme;
    private const string Oidc = "Authentication:Schemes:OpenIdConnect";

    public static bool UsesOpenIdConnect(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{Oidc}:Authority"]);

    public static bool DevelopmentSignIn(IConfiguration configuration) =>
        configuration.GetValue<bool>("Authentication:Pages:DevelopmentSignIn");

    public static AuthenticationBuilder AddPageSignIn(
        this AuthenticationBuilder authentication,
        IConfiguration configuration,
        IHostEnvironment environment,
        PloClaimTypes claims
    )
    {
        var pages = configuration.GetSection("Authentication:Pages");
        authentication.AddCookie(o =>
        {
            o.Cookie.Name = "plo.session";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = pages.GetValue("SecureCookies", !environment.IsDevelopment())
                ? CookieSecurePolicy.Always
                : CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromMinutes(pages.GetValue("IdleTimeoutMinutes", 30));
            o.SlidingExpiration = true;
            o.LoginPath = "/account/sign-in";
            o.LogoutPath = "/account/sign-out";
            o.AccessDeniedPath = "/error/403";
        });
        if (UsesOpenIdConnect(configuration))
        {
            authentication.AddOpenIdConnect(o =>
            {
                configuration.GetSection(Oidc).Bind(o);
                o.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                o.ResponseType = "code";
                o.UsePkce = true;
                o.MapInboundClaims = false;
                o.SaveTokens = false;
                o.Events.OnTokenValidated = context => ResolveInDirectory(context, claims);
            });
        }

        return authentication;
    }

    /// <summary>Keeps the provider's user id and roles and nothing else, once the directory knows the
    /// person.</summary>
    private static async Task ResolveInDirectory(
        Microsoft.AspNetCore.Authentication.OpenIdConnect.TokenValidatedContext context,
        PloClaimTypes claims
    )
    {
        var userId = context.Principal?.FindFirst(claims.UserId)?.Value;
        var staff = string.IsNullOrWhiteSpace(userId)
            ? null
            : await context
                .HttpContext.RequestServices.GetRequiredService<StaffSignIn>()
                .FindActiveAsync(userId, context.HttpContext.RequestAborted);
        if (staff is null)
        {
            context.Fail("You are not an active member of Plo's staff directory. Ask a senior manager to add you.");
            return;
        }

        var roles = context.Principal!.FindAll(claims.Role).Select(c => c.Value);
        context.Principal = claims.Principal(staff.UserId, staff.DisplayName, roles, context.Scheme.Name);
    }
}
