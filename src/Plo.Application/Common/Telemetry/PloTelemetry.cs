using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Plo.Application.Common.Telemetry;

/// <summary>The trace source and meter for application messages (exported by the host's OpenTelemetry
/// set-up).</summary>
public static class PloTelemetry
{
    public const string Name = "Plo.Application";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter PloMeter = new(Name);

    public static readonly Histogram<double> MessageDuration = PloMeter.CreateHistogram<double>(
        "plo.messages.duration",
        unit: "ms",
        description: "Time to handle a mediator message, by message and outcome."
    );
}
