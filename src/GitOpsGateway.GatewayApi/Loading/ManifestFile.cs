namespace GitOpsGateway.GatewayApi.Loading;

/// <summary>A manifest's path (as it should appear in diagnostics, e.g. relative to the repository folder) and text.</summary>
public sealed record ManifestFile(string Path, string Text)
{
    public override string ToString() => $"{Path} ({Text.Length} chars)";
}
