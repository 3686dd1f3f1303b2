namespace GitOpsGateway.GatewayApi;

/// <summary>A Kubernetes label selector: every matchLabels entry and every matchExpressions requirement must hold.</summary>
public sealed record LabelSelector
{
    public IReadOnlyDictionary<string, string> MatchLabels { get; init => field = ValueMap.From(value); } = ValueMap.Empty;

    public IReadOnlyList<LabelSelectorRequirement> MatchExpressions { get; init => field = ValueList<LabelSelectorRequirement>.From(value); } =
        ValueList<LabelSelectorRequirement>.Empty;

    /// <summary>True when the labels satisfy the selector; an empty selector matches everything, as in Kubernetes.</summary>
    public bool Matches(IReadOnlyDictionary<string, string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        foreach (var (key, value) in MatchLabels)
        {
            if (!labels.TryGetValue(key, out var actual) || !string.Equals(actual, value, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return MatchExpressions.All(requirement => requirement.Matches(labels));
    }
}
