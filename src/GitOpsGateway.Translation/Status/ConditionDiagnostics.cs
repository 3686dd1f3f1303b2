using GitOpsGateway.GatewayApi;
using GitOpsGateway.GatewayApi.Status;
using GitOpsGateway.Translation.Pipeline;

namespace GitOpsGateway.Translation.Status;

/// <summary>
/// Repeats the conditions that ask for attention as located diagnostics, so `ggctl validate` and logs say what
/// status says: Accepted or ResolvedRefs False, Conflicted, PartiallyInvalid or OverlappingTLSConfig True.
/// Programmed is left out: it follows from the others, or waits for data-plane nodes.
/// </summary>
internal static class ConditionDiagnostics
{
    public static void Report(DiagnosticSink diagnostics, KubernetesResource resource, string fieldPath, IEnumerable<Condition> conditions)
    {
        foreach (var condition in conditions.Where(NeedsAttention))
        {
            var text = $"{condition.Type}={condition.Status} ({condition.Reason}): {condition.Message}";
            diagnostics.Warning(resource, fieldPath, text);
        }
    }

    private static bool NeedsAttention(Condition condition) => condition.Type switch
    {
        ConditionTypes.Accepted or ConditionTypes.ResolvedRefs => !condition.IsTrue,
        ConditionTypes.Conflicted or ConditionTypes.PartiallyInvalid or ConditionTypes.OverlappingTlsConfig => condition.IsTrue,
        _ => false,
    };
}
