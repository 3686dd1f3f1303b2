using GitOpsGateway.Sources.Git;

namespace GitOpsGateway.ControlPlane.Watching;

/// <summary>A source's Git reader and the gate that lets one sync at a time use it (the reader is not thread-safe).</summary>
internal sealed class SourceSlot(GitSourceReader reader) : IDisposable
{
    public GitSourceReader Reader { get; } = reader;

    public SemaphoreSlim Gate { get; } = new(1, 1);

    public void Dispose()
    {
        Reader.Dispose();
        Gate.Dispose();
    }
}
