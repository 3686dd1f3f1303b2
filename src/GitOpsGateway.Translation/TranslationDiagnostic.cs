using GitOpsGateway.GatewayApi;
using GitOpsGateway.GatewayApi.Loading;

namespace GitOpsGateway.Translation;

/// <summary>
/// Something the compiler wants a person to read: a validation error, a negative status condition, a reference
/// to a Gateway that does not exist. Located at the object's manifest (file, line) when it was read from one.
/// </summary>
public sealed record TranslationDiagnostic(
    ResourceKey? Object, DiagnosticSeverity Severity, SourceLocation Location, string FieldPath, string Message)
{
    /// <summary>Printed like a loader diagnostic: <c>file:line:column: severity: field: message [object]</c>.</summary>
    public override string ToString()
    {
        var severity = Severity == DiagnosticSeverity.Error ? "error" : "warning";
        var field = FieldPath.Length == 0 ? string.Empty : $" {FieldPath}:";
        var subject = Object is { } key ? $" [{key}]" : string.Empty;
        return $"{Location}: {severity}:{field} {Message}{subject}";
    }
}
