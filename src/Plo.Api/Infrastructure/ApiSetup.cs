using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.Json;
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
        services.AddPloAuthentication(configuration);
        services.AddPloSwagger(environment);
        services.AddPloRateLimits(configuration);
        return services;
    }

    public static WebApplication UsePloApi(this WebApplication app)
    {
        app.UseTransportSecurity();
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        // The overview page is static: it holds no data and calls /api/overview with the user's token.
        app.MapGet(
                "/overview",
                () =>
                    Results.File(Path.Combine(app.Environment.WebRootPath, "overview.html"), "text/html; charset=utf-8")
            )
            .ExcludeFromDescription();
        app.UseStaticFiles();
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
        return app;
    }
}
