namespace GitOpsGateway.FaultInjection.Tests.Corpus;

/// <summary>A file's path relative to the source folder ('/'-separated) and its exact bytes.</summary>
internal sealed record HostileFile(string Path, byte[] Content)
{
    public override string ToString() => $"{Path} ({Content.Length} bytes)";
}
