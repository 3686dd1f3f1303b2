using GitOpsGateway.GatewayApi;

namespace GitOpsGateway.Cli.Validate;

/// <summary>
/// One table row: an object's aggregated Accepted and ResolvedRefs ("True", "False", "Unknown", or empty when they
/// do not apply), what it is attached to, and the condition that best explains it (the first problem, else Accepted).
/// </summary>
internal sealed record ObjectSummary(
    KubernetesResource Resource,
    SourceLocation Location,
    string Accepted,
    string Resolved,
    string Attached,
    string Reason,
    string Message,
    bool HasProblem);
