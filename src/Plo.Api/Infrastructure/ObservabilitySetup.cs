using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Plo.Application.Common.Telemetry;

namespace Plo.Api.Infrastructure;

internal static class ObservabilitySetup
{
    /// <summary>
    /// Structured logs (JSON console outside Development) and OpenTelemetry traces and metrics for
    /// ASP.NET Core, EF Core and every mediator message; exported over OTLP only when
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set.
    /// </summary>
    public static WebApplicationBuilder AddPloObservability(this WebApplicationBuilder builder)
    {
        if (!builder.Environment.IsDevelopment())
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddJsonConsole(o => o.UseUtcTimestamp = true);
        }

        var telemetry = builder
            .Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("plo-api"))
            .WithTracing(t =>
                t.AddAspNetCoreInstrumentation().AddEntityFrameworkCoreInstrumentation().AddSource(PloTelemetry.Name)
            )
            .WithMetrics(m => m.AddAspNetCoreInstrumentation().AddMeter(PloTelemetry.Name))
            .WithLogging();

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            telemetry.UseOtlpExporter();
        }

        return builder;
    }
}
