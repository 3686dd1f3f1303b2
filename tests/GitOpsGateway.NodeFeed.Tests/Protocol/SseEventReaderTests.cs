using System.Text;
using GitOpsGateway.NodeFeed.Protocol;

namespace GitOpsGateway.NodeFeed.Tests.Protocol;

public sealed class SseEventReaderTests
{
    [Fact]
    public async Task events_are_read_with_type_id_and_joined_data_lines_and_comments_are_skipped()
    {
        var events = await ReadAllAsync(": connected\n\nid: 3\nevent: version\ndata: {\"a\":\ndata:1}\n\n: heartbeat\n\ndata: plain\r\n\r\n");

        Assert.Equal([new SseEvent("version", "3", "{\"a\":\n1}"), new SseEvent("message", null, "plain")], events);
    }

    [Fact]
    public async Task an_event_without_data_is_not_dispatched_and_an_unfinished_one_is_dropped_at_the_end()
    {
        var events = await ReadAllAsync("event: version\n\ndata: kept\n\ndata: unfinished");

        Assert.Equal([new SseEvent("message", null, "kept")], events);
    }

    [Fact]
    public async Task silence_longer_than_the_idle_timeout_fails_the_read()
    {
        using var silent = new SilentStream();
        using var reader = new SseEventReader(silent);

        var failure = await Assert.ThrowsAsync<TimeoutException>(
            () => reader.ReadEventAsync(TimeSpan.FromMilliseconds(100), TestContext.Current.CancellationToken));

        Assert.Contains("sent nothing", failure.Message, StringComparison.Ordinal);
    }

    private static async Task<List<SseEvent>> ReadAllAsync(string text)
    {
        using var reader = new SseEventReader(new MemoryStream(Encoding.UTF8.GetBytes(text)));
        List<SseEvent> events = [];
        while (await reader.ReadEventAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken) is { } message)
        {
            events.Add(message);
        }

        return events;
    }

    /// <summary>A connection that stays open and never sends a byte.</summary>
    private sealed class SilentStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return 0;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
