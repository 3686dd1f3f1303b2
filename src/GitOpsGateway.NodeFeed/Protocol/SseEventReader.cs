using System.Text;

namespace GitOpsGateway.NodeFeed.Protocol;

/// <summary>
/// Reads Server-Sent Events from a response stream. Every line, comments included, proves the connection alive:
/// when none arrives within the idle timeout the read fails with <see cref="TimeoutException"/>, so a silently
/// dropped connection (no FIN, no RST) is noticed after missed heartbeats instead of never.
/// </summary>
internal sealed class SseEventReader(Stream stream) : IDisposable
{
    private readonly StreamReader reader = new(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: false, bufferSize: 16 * 1024, leaveOpen: true);

    /// <returns>The next event, or null when the server ended the stream.</returns>
    public async Task<SseEvent?> ReadEventAsync(TimeSpan idleTimeout, CancellationToken cancellationToken)
    {
        string? type = null;
        string? id = null;
        string? data = null;

        // Versions of large tables arrive as one multi-megabyte data line: one line keeps its string as is.
        StringBuilder? dataLines = null;
        while (await ReadLineAsync(idleTimeout, cancellationToken) is { } line)
        {
            if (line.Length == 0)
            {
                if (data is not null)
                {
                    return new SseEvent(type ?? "message", id, dataLines?.ToString() ?? data);
                }

                type = null;
                continue;
            }

            if (line[0] == ':')
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var field = colon < 0 ? line.AsSpan() : line.AsSpan(0, colon);
            var value = colon < 0 ? [] : line.AsSpan(colon + 1);
            if (value.StartsWith(' '))
            {
                value = value[1..];
            }

            switch (field)
            {
                case "event":
                    type = value.ToString();
                    break;
                case "id":
                    id = value.ToString();
                    break;
                case "data" when data is null:
                    data = value.ToString();
                    break;
                case "data":
                    dataLines ??= new StringBuilder(data);
                    dataLines.Append('\n').Append(value);
                    break;
                default:
                    break;
            }
        }

        return null;
    }

    public void Dispose() => reader.Dispose();

    private async Task<string?> ReadLineAsync(TimeSpan idleTimeout, CancellationToken cancellationToken)
    {
        using var idle = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        idle.CancelAfter(idleTimeout);
        try
        {
            return await reader.ReadLineAsync(idle.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"The feed sent nothing for {idleTimeout.TotalSeconds:0.#} s (no event, no heartbeat).");
        }
    }
}
