namespace GitOpsGateway.NodeFeed.Tests.Support;

internal sealed class TemporaryDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("nodefeed-tests-").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
