using GitOpsGateway.GatewayApi.Status;

namespace GitOpsGateway.Cli.Validate;

/// <summary>A condition and where on the object it sits: "" for the object itself, "listener https", "parent infra/gw".</summary>
internal sealed record ScopedCondition(string Scope, Condition Condition)
{
    private static readonly string[] MustBeTrue = [ConditionTypes.Accepted, ConditionTypes.ResolvedRefs, ConditionTypes.SupportedVersion];

    private static readonly string[] MustNotBeTrue = [ConditionTypes.Conflicted, ConditionTypes.PartiallyInvalid];

    /// <summary>
    /// A condition in its abnormal state. Programmed is not judged: offline, nothing has been programmed, and
    /// the control plane sets it from what the data-plane nodes report.
    /// </summary>
    public bool IsProblem =>
        (MustBeTrue.Contains(Condition.Type) && !Condition.IsTrue) || (MustNotBeTrue.Contains(Condition.Type) && Condition.IsTrue);

    public string Message => Scope.Length == 0 ? Condition.Message : $"{Scope}: {Condition.Message}";
}
