using GitOpsGateway.GatewayApi;
using GitOpsGateway.GatewayApi.Loading;

namespace GitOpsGateway.Translation.Pipeline;

/// <summary>Collects diagnostics in the order stages report them; <see cref="ToList"/> sorts them for output.</summary>
internal sealed class DiagnosticSink
{
    private readonly List<TranslationDiagnostic> diagnostics = [];

    public void Error(KubernetesResource resource, string fieldPath, string message) =>
        Add(resource, DiagnosticSeverity.Error, fieldPath, message);

    public void Warning(KubernetesResource resource, string fieldPath, string message) =>
        Add(resource, DiagnosticSeverity.Warning, fieldPath, message);

    /// <summary>Every validation error, as an error located at its object; reported first so they lead each object's list.</summary>
    public void ReportValidation(ResourceSet resources, ValidationReport validation)
    {
        foreach (var resource in resources.All)
        {
            foreach (var error in validation.All(resource.Key))
            {
                Error(resource, error.FieldPath, $"{error.Message} ({error.ConditionType}: {error.Reason})");
            }
        }
    }

    public IReadOnlyList<TranslationDiagnostic> ToList() =>
    [
        .. diagnostics
            .Select((diagnostic, order) => (diagnostic, order))
            .OrderBy(entry => entry.diagnostic.Object ?? default)
            .ThenBy(entry => entry.order)
            .Select(entry => entry.diagnostic),
    ];

    private void Add(KubernetesResource resource, DiagnosticSeverity severity, string fieldPath, string message) =>
        diagnostics.Add(new TranslationDiagnostic(resource.Key, severity, resource.Metadata.Location, fieldPath, message));
}
