namespace GitOpsGateway.Audit.Diffing;

/// <summary>
/// One leaf of a manifest that differs: <c>spec.rules[1].backendRefs[0].weight: 90 → 50</c>. Values are shown as
/// written (strings unquoted unless they would read as another type); an added or removed subtree is listed
/// leaf by leaf, an empty object or list as <c>{}</c> or <c>[]</c>.
/// </summary>
public sealed record ManifestChange
{
    public required string Path { get; init; }

    public required ManifestChangeKind Kind { get; init; }

    /// <summary>Null when <see cref="Kind"/> is <see cref="ManifestChangeKind.Added"/>.</summary>
    public string? Before { get; init; }

    /// <summary>Null when <see cref="Kind"/> is <see cref="ManifestChangeKind.Removed"/>.</summary>
    public string? After { get; init; }

    public override string ToString() => Kind switch
    {
        ManifestChangeKind.Added => $"{Path}: + {After}",
        ManifestChangeKind.Removed => $"{Path}: - {Before}",
        _ => $"{Path}: {Before} → {After}",
    };
}
