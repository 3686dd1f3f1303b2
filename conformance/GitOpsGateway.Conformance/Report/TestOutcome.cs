namespace GitOpsGateway.Conformance.Report;

/// <summary>How an upstream test ended in our run, in the suite's terms.</summary>
public enum TestOutcome
{
    Passed,
    Failed,

    /// <summary>Skipped with a reason (not yet ported, cannot apply without a cluster): counted as skipped.</summary>
    Skipped,

    /// <summary>Needs a feature we do not claim: left out of the profile statistics, as upstream does.</summary>
    NotSupported,
}
