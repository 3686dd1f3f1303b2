namespace GitOpsGateway.GatewayApi.Loading;

/// <summary>The objects that loaded cleanly, and every diagnostic, in file order.</summary>
public sealed record LoadResult(ResourceSet Resources, IReadOnlyList<LoadDiagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);

    public IEnumerable<LoadDiagnostic> Errors => Diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);

    public IEnumerable<LoadDiagnostic> Warnings => Diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Warning);
}
