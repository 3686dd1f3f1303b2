using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace GitOpsGateway.Testing.Logging;

/// <summary>Keeps every log entry so tests can assert on event ids and messages.</summary>
public sealed class RecordingLogger : ILogger
{
    private readonly ConcurrentQueue<(EventId EventId, LogLevel Level, string Message)> entries = new();

    public IReadOnlyList<(EventId EventId, LogLevel Level, string Message)> Entries => [.. entries];

    public int CountOf(int eventId) => entries.Count(entry => entry.EventId.Id == eventId);

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        entries.Enqueue((eventId, logLevel, formatter(state, exception)));
}
