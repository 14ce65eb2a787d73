using Microsoft.AspNetCore.Mvc;

namespace Plo.Api.Web;

/// <summary>
/// The web app: Razor Pages under <c>Pages/</c>, one folder per job. Every page needs a signed-in user except
/// sign-in and the error pages; Razor Pages check the anti-forgery token on every POST.
/// </summary>
internal static class PloPages
{
    public static string ErrorPath(object status) => $"/error/{status}";

    public static IServiceCollection AddPloPages(this IServiceCollection services)
    {
        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/");
            o.Conventions.AllowAnonymousToFolder("/Account");
            o.Conventions.AllowAnonymousToPage("/Error");
            o.Conventions.ConfigureFilter(new PageErrors());
            o.Conventions.ConfigureFilter(
                new ResponseCacheAttribute { NoStore = true, Location = ResponseCacheLocation.None }
            );
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "plo.antiforgery";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.FormFieldName = "__RequestVerificationToken";
        });
        services.AddRouting(o => o.LowercaseUrls = true);
        return services;
    }

    public static WebApplication MapPloPages(this WebApplication app)
    {
        app.MapRazorPages();
        // The old static overview now lives on the dashboard.
        app.MapGet("/overview", () => Results.Redirect("/dashboard")).ExcludeFromDescription();
        return app;
    }
}
