using GitOpsGateway.Translation;

namespace GitOpsGateway.Cli.Plan;

/// <summary>What <c>ggctl plan</c> was asked: the folder or revision, the source and Gateway chosen, where to read revisions.</summary>
internal sealed record PlanRequest(
    string Target,
    string? Source,
    string? Gateway,
    string Repository,
    bool DetailedExitCode,
    TranslatorOptions Options);
