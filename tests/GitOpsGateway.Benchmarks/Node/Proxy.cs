using GitOpsGateway.Testing.Processes;

namespace GitOpsGateway.Benchmarks.Node;

/// <summary>A proxy process under test and the port wrk sends to.</summary>
internal sealed record Proxy(string Name, ProjectProcess Process, int Port) : IAsyncDisposable
{
    public double ResidentMegabytes => ResidentMemory.MegabytesOf(Process.Id);

    public ValueTask DisposeAsync() => Process.DisposeAsync();
}
