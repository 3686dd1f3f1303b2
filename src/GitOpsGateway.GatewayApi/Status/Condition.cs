namespace GitOpsGateway.GatewayApi.Status;

/// <summary>
/// A status condition. There is no lastTransitionTime: the compiler is clock-free, and whoever publishes status
/// stamps the time when a condition actually changes.
/// </summary>
public sealed record Condition(string Type, string Status, string Reason, string Message, long ObservedGeneration)
{
    public static Condition True(string type, string reason, string message, long observedGeneration) =>
        new(type, ConditionStatus.True, reason, message, observedGeneration);

    public static Condition False(string type, string reason, string message, long observedGeneration) =>
        new(type, ConditionStatus.False, reason, message, observedGeneration);

    public static Condition Unknown(string type, string reason, string message, long observedGeneration) =>
        new(type, ConditionStatus.Unknown, reason, message, observedGeneration);

    public bool IsTrue => string.Equals(Status, ConditionStatus.True, StringComparison.Ordinal);
}
