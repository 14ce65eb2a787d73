using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Plo.Application.Common.Telemetry;

namespace Plo.Api.Infrastructure;

internal static class ObservabilitySetup
{
    /// <summary>
    /// Structured logs (JSON console outside Development) and OpenTelemetry metrics; when
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, traces for ASP.NET Core, EF Core and every mediator message too, and
    /// everything is exported over OTLP.
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
            .WithMetrics(m => m.AddAspNetCoreInstrumentation().AddMeter(PloTelemetry.Name))
            .WithLogging();

        // Traces are recorded only when there is somewhere to send them: listening to every EF Core command costs
        // each request a few per cent even when nothing samples it.
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            telemetry
                .WithTracing(t =>
                    t.AddAspNetCoreInstrumentation()
                        .AddEntityFrameworkCoreInstrumentation()
                        .AddSource(PloTelemetry.Name)
                )
                .UseOtlpExporter();
        }

        return builder;
    }
}
