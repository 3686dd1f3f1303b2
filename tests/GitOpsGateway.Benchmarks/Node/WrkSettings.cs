namespace GitOpsGateway.Benchmarks.Node;

/// <summary>wrk's fixed load shape: the same for every proxy and every round.</summary>
internal sealed record WrkSettings(int Threads, int Connections);
