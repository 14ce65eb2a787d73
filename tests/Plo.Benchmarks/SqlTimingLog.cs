using Microsoft.Extensions.Logging;

namespace Plo.Benchmarks;

/// <summary>With <c>PLO_SQL_LOG=1</c>, the timing modes print each SQL command EF runs with its duration, to see
/// which query of a page costs what.</summary>
internal sealed class SqlTimingLog : ILoggerProvider, ILogger
{
    public ILogger CreateLogger(string categoryName) =>
        categoryName == "Microsoft.EntityFrameworkCore.Database.Command" ? this : NullLogger;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

    public void Log<TState>(
        LogLevel logLevel,
        EventId eventId,
        TState state,
        Exception? exception,
        Func<TState, Exception?, string> formatter
    )
    {
        if (eventId.Id == 20101) // CommandExecuted
        {
            Console.WriteLine(formatter(state, exception));
        }
    }

    public void Dispose() { }

    private static readonly ILogger NullLogger = Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
}
