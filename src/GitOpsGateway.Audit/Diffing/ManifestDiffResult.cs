namespace GitOpsGateway.Audit.Diffing;

/// <summary>The leaves that differ, in path order, and how many more were left out past the limit.</summary>
public sealed record ManifestDiffResult(IReadOnlyList<ManifestChange> Changes, int Omitted)
{
    public static ManifestDiffResult None { get; } = new([], 0);
}
