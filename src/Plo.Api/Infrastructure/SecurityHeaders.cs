using Microsoft.AspNetCore.HttpOverrides;

namespace Plo.Api.Infrastructure;

/// <summary>
/// Headers on every response: no sniffing, no referrer, no framing; nothing under /api is cached; every HTML page gets
/// a
/// strict Content-Security-Policy unless its endpoint set a stricter one (the printable letter does).
/// </summary>
internal static class SecurityHeaders
{
    public const string PagePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src "
        + "'self'; "
        + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(
            async (http, next) =>
            {
                http.Response.OnStarting(() =>
                {
                    var headers = http.Response.Headers;
                    headers.XContentTypeOptions = "nosniff";
                    headers["Referrer-Policy"] = "no-referrer";
                    headers.XFrameOptions = "DENY";
                    if (http.Request.Path.StartsWithSegments("/api"))
                    {
                        headers.CacheControl = "no-store";
                    }

                    if (
                        http.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true
                        && !headers.ContainsKey("Content-Security-Policy")
                    )
                    {
                        headers.ContentSecurityPolicy = PagePolicy;
                    }

                    return Task.CompletedTask;
                });
                await next(http);
            }
        );

    /// <summary>
    /// HTTPS outside Development: HSTS and a redirect from HTTP (each can be switched off, <c>Hosting:*</c>). Behind a
    /// TLS-terminating proxy, <c>Hosting:ForwardedHeaders</c> trusts its X-Forwarded-For and -Proto from
    /// <c>Hosting:KnownProxies</c>.
    /// </summary>
    public static WebApplication UseTransportSecurity(this WebApplication app)
    {
        var hosting = app.Configuration.GetSection("Hosting");
        if (hosting.GetValue<bool>("ForwardedHeaders"))
        {
            var forwarded = new ForwardedHeadersOptions
            {
                ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
            };
            foreach (var proxy in hosting.GetSection("KnownProxies").Get<string[]>() ?? [])
            {
                forwarded.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            }

            app.UseForwardedHeaders(forwarded);
        }

        if (!app.Environment.IsDevelopment())
        {
            if (hosting.GetValue("Hsts", true))
            {
                app.UseHsts();
            }

            if (hosting.GetValue("HttpsRedirection", true))
            {
                app.UseHttpsRedirection();
            }
        }

        return app;
    }
}
