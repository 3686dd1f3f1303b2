using System.Globalization;
using System.Text;

namespace GitOpsGateway.NodeFeed.Protocol;

/// <summary>The Server-Sent Events framing of the feed: one <c>version</c> event per announced version, comments as heartbeats.</summary>
internal static class SseFrames
{
    public const string ContentType = "text/event-stream";

    public const string VersionEvent = "version";

    public static ReadOnlyMemory<byte> Heartbeat { get; } = ": heartbeat\n\n"u8.ToArray();

    /// <summary>Sent once a connection is accepted, so the node sees the response start before any version exists.</summary>
    public static ReadOnlyMemory<byte> Connected { get; } = ": connected\n\n"u8.ToArray();

    public static byte[] Version(FeedVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        var header = Encoding.UTF8.GetBytes(string.Create(
            CultureInfo.InvariantCulture,
            $"id: {version.Version}\nevent: {VersionEvent}\ndata: "));
        var data = FeedMessageCodec.Encode(version);
        return [.. header, .. data, .. "\n\n"u8];
    }
}
