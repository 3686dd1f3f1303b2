namespace GitOpsGateway.GatewayApi.Validation;

/// <summary>
/// A schema or CEL rule the object breaks, with the status condition it maps to (e.g. a route's
/// <c>Accepted=False</c> with reason <c>UnsupportedValue</c>). <see cref="RuleIndex"/> and
/// <see cref="ListenerIndex"/> say when the error is confined to one route rule or one Gateway listener, so
/// the compiler can drop just that rule (PartiallyInvalid) or reject just that listener.
/// </summary>
public sealed record ValidationError(string FieldPath, string Message, string ConditionType, string Reason)
{
    /// <summary>The index in <c>spec.rules</c> the error is confined to; null when it concerns the whole route.</summary>
    public int? RuleIndex { get; init; }

    /// <summary>The index in <c>spec.listeners</c> the error is confined to; null when it concerns the whole Gateway.</summary>
    public int? ListenerIndex { get; init; }

    public override string ToString() => $"{FieldPath}: {Message} ({ConditionType}: {Reason})";
}
