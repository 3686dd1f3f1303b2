namespace GitOpsGateway.GatewayApi.Loading;

/// <summary>The objects that loaded cleanly, and every diagnostic, in file order.</summary>
public sealed record LoadResult(ResourceSet Resources, IReadOnlyList<LoadDiagnostic> Diagnostics)
{
    /// <summary>
    /// Each loaded object's document as canonical JSON (sorted keys, no whitespace, without status and the
    /// server-owned metadata fields), keyed like <see cref="Resources"/>. Loading that JSON again reads the
    /// same object, which is how the event store keeps exactly what was written and replays it.
    /// </summary>
    public IReadOnlyDictionary<ResourceKey, string> Documents => DocumentSource.Value;

    /// <summary>Written on first use: most callers (the compiler, the CLI) never need the documents.</summary>
    internal Lazy<IReadOnlyDictionary<ResourceKey, string>> DocumentSource { get; init; } = new(new Dictionary<ResourceKey, string>());

    public bool HasErrors => Diagnostics.Any(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);

    public IEnumerable<LoadDiagnostic> Errors => Diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);

    public IEnumerable<LoadDiagnostic> Warnings => Diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Warning);
}
