namespace GitOpsGateway.FaultInjection.Tests.Corpus;

internal enum HostileInputMode
{
    /// <summary>New files beside the valid route.</summary>
    Added,

    /// <summary>An ordinary edit gone wrong: the valid route's own file is replaced (and restored afterwards).</summary>
    ReplacesRoute,
}
