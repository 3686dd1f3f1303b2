using System.Runtime.CompilerServices;
using GitOpsGateway.NodeFeed.Protocol;

namespace GitOpsGateway.NodeFeed.Server;

/// <summary>
/// The SSE frame of each version instance, built once however many nodes receive it; entries go away with the
/// instance, so replaced versions are not kept alive.
/// </summary>
internal sealed class FeedFrameCache
{
    private readonly ConditionalWeakTable<FeedVersion, byte[]> frames = [];

    public ReadOnlyMemory<byte> FrameOf(FeedVersion version) => frames.GetValue(version, SseFrames.Version);
}
