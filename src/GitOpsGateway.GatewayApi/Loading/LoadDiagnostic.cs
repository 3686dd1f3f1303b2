namespace GitOpsGateway.GatewayApi.Loading;

/// <summary>
/// A located problem found while loading: where (file, document, line, column), which field
/// (<c>spec.rules[0].matches[1].path.value</c>, empty for the document itself) and what.
/// </summary>
public sealed record LoadDiagnostic(DiagnosticSeverity Severity, SourceLocation Location, string FieldPath, string Message)
{
    /// <summary>The object the problem belongs to, when its kind, namespace and name could be read.</summary>
    public ResourceKey? Resource { get; init; }

    public override string ToString()
    {
        var severity = Severity == DiagnosticSeverity.Error ? "error" : "warning";
        var field = FieldPath.Length == 0 ? string.Empty : $" {FieldPath}:";
        var resource = Resource is { } key ? $" [{key}]" : string.Empty;
        return $"{Location}: {severity}:{field} {Message}{resource}";
    }
}
