using System.Diagnostics;
using Mediator;
using Microsoft.Extensions.Logging;
using Plo.Application.Common.Telemetry;

namespace Plo.Application.Common.Behaviours;

/// <summary>Outermost behaviour: one log line, one trace span and one duration measurement per message.</summary>
public sealed class LoggingBehaviour<TMessage, TResponse>(ILogger<TMessage> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly string Name = typeof(TMessage).Name;

    public async ValueTask<TResponse> Handle(
        TMessage message,
        MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken
    )
    {
        using var activity = PloTelemetry.Source.StartActivity(Name);
        var started = Stopwatch.GetTimestamp();
        var outcome = "error";
        try
        {
            var response = await next(message, cancellationToken);
            outcome = "ok";
            return response;
        }
        catch (Exception ex)
        {
            outcome = ex.GetType().Name;
            activity?.SetStatus(ActivityStatusCode.Error, ex.Message);
            throw;
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            activity?.SetTag("plo.message.outcome", outcome);
            PloTelemetry.MessageDuration.Record(
                elapsed,
                new KeyValuePair<string, object?>("message", Name),
                new KeyValuePair<string, object?>("outcome", outcome)
            );
            if (logger.IsEnabled(LogLevel.Information))
            {
                logger.LogInformation("Handled {Message} in {ElapsedMs:0.0} ms: {Outcome}", Name, elapsed, outcome);
            }
        }
    }
}
