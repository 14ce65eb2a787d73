using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.Json;
using Plo.Api.Web;
using Plo.Infrastructure.Persistence;

namespace Plo.Api.Infrastructure;

internal static class ApiSetup
{
    public const string ReadyTag = "ready";

    public static IServiceCollection AddPloApi(
        this IServiceCollection services,
        IConfiguration configuration,
        IHostEnvironment environment
    )
    {
        services.Configure<JsonOptions>(o => o.SerializerOptions.Converters.Add(new StrictEnumConverter()));
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        // before the default writer, which honours Accept
        services.AddSingleton<IProblemDetailsWriter, ProblemJsonWriter>();
        services.AddProblemDetails(o =>
            o.CustomizeProblemDetails = c => c.ProblemDetails.Extensions["traceId"] = c.HttpContext.TraceIdentifier
        );
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services
            .AddHealthChecks()
            .AddDbContextCheck<PloDbContext>("database", tags: [ReadyTag])
            .AddCheck<RequiredSettings.HealthCheck>("settings", tags: [ReadyTag]);
        services.AddPloAuthentication(configuration, environment);
        services.AddPloPages();
        services.AddPloSwagger(environment);
        services.AddPloRateLimits(configuration);
        return services;
    }

    public static WebApplication UsePloApi(this WebApplication app)
    {
        app.UseTransportSecurity();
        app.UseSecurityHeaders();
        // Problem details under /api; elsewhere an unexpected error shows the error page (PageErrors handles the rest).
        app.UseExceptionHandler(PloPages.ErrorPath(500));
        app.UseWhen(IsApi, api => api.UseStatusCodePages());
        app.UseWhen(http => !IsApi(http), pages => pages.UseStatusCodePagesWithReExecute(PloPages.ErrorPath("{0}")));
        app.UseStaticFiles();
        // After the error pages, so that re-executing /error/404 routes afresh.
        app.UseRouting();
        if (app.Environment.IsDevelopment() || app.Configuration.GetValue<bool>("Swagger:Enabled"))
        {
            app.UseSwagger();
            app.UseSwaggerUI(o => o.DocumentTitle = "Plo API");
        }
        app.UseBodyLimits();
        app.UseIfMatchAsVersion();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag) });
        app.MapPloPages();
        return app;
    }

    /// <summary>Whether the request is for the API, judged by the path it was sent to (the exception handler has
    /// already moved a failed request to the error page's path).</summary>
    public static bool IsApi(HttpContext http) =>
        (
            http.Features.Get<IExceptionHandlerPathFeature>()?.Path is { } original
                ? new PathString(original)
                : http.Request.Path
        ).StartsWithSegments("/api");
}
