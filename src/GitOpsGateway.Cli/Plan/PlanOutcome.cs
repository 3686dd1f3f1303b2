namespace GitOpsGateway.Cli.Plan;

/// <summary>What a plan found, in order of precedence: problems in the manifests win over route changes.</summary>
internal enum PlanOutcome
{
    NoChanges,
    Changes,
    Problems,
}
