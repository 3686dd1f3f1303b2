using GitOpsGateway.Cli.Validate;

namespace GitOpsGateway.Cli.Plan;

/// <summary>
/// A finished plan: the manifests compiled as the control plane would (<paramref name="Validation"/>, with the
/// per-object summaries that say which objects are not accepted or not resolved), and the route-level changes
/// per Gateway against the source's active version (<paramref name="Baseline"/>).
/// </summary>
internal sealed record PlanReport(
    string Source,
    PlanInput Input,
    ServerBaseline Baseline,
    ValidationReport Validation,
    IReadOnlyList<ObjectSummary> Summaries,
    ValidationVerdict Verdict,
    IReadOnlyList<GatewayPlan> Gateways)
{
    public IEnumerable<ObjectSummary> Problems => Summaries.Where(summary => summary.HasProblem);

    public int ChangeCount => Gateways.Sum(gateway => gateway.Changes.Count);

    public PlanOutcome Outcome => !Verdict.Passed ? PlanOutcome.Problems : Gateways.Count > 0 ? PlanOutcome.Changes : PlanOutcome.NoChanges;

    /// <summary>The version compared against, as people name it: "v3", or "no version yet".</summary>
    public string BaselineName => Baseline.VersionNumber is { } number ? $"v{number}" : "no version yet";

    /// <summary>One sentence: what changes and whether the manifests are sound.</summary>
    public string Summary
    {
        get
        {
            var changes = Gateways.Count == 0
                ? $"No route changes: the manifests compile to the route tables of {BaselineName}."
                : $"{Count(ChangeCount, "route change")} in {Count(Gateways.Count, "Gateway")} against {BaselineName}.";
            return Verdict.Passed ? changes : $"{changes} Problems: {Verdict.Summary}";
        }
    }

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
