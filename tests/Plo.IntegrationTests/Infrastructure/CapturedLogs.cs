using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Plo.IntegrationTests.Infrastructure;

/// <summary>Every log line the app writes, with its level, category, rendered message and exception text.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    public ConcurrentQueue<(LogLevel Level, string Category, string Text)> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose() { }

    private sealed class Logger(CapturedLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(
            LogLevel logLevel,
            EventId eventId,
            TState state,
            Exception? exception,
            Func<TState, Exception?, string> formatter
        ) => logs.Entries.Enqueue((logLevel, category, $"{formatter(state, exception)} {exception}"));
    }
}
