namespace GitOpsGateway.GatewayApi;

/// <summary>One matchExpressions entry. Operators are the strings in <see cref="LabelSelectorOperators"/>.</summary>
public sealed record LabelSelectorRequirement
{
    public required string Key { get; init; }

    public required string Operator { get; init; }

    public IReadOnlyList<string> Values { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>Evaluates the requirement; an unknown operator matches nothing (validation reports it).</summary>
    public bool Matches(IReadOnlyDictionary<string, string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var present = labels.TryGetValue(Key, out var value);
        return Operator switch
        {
            LabelSelectorOperators.In => present && Values.Contains(value!, StringComparer.Ordinal),
            LabelSelectorOperators.NotIn => !present || !Values.Contains(value!, StringComparer.Ordinal),
            LabelSelectorOperators.Exists => present,
            LabelSelectorOperators.DoesNotExist => !present,
            _ => false,
        };
    }
}
