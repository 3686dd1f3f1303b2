namespace GitOpsGateway.RouteTables;

/// <summary>
/// Where a compiled rule came from: the route, the index of its rule and of the match inside that rule. A Gateway
/// API rule with several matches compiles to one IR rule per match, so the pair of indexes names one IR rule of a
/// route on a given host; audit and diffs key rules by it.
/// </summary>
public sealed record RuleProvenance
{
    public required RouteKind Kind { get; init; }

    public required string Namespace { get; init; }

    public required string Name { get; init; }

    public required int RuleIndex { get; init; }

    /// <summary>The optional <c>name</c> of the Gateway API rule.</summary>
    public string? RuleName { get; init; }

    /// <summary>Index in the rule's <c>matches</c>; 0 for a rule without matches and for L4 routes.</summary>
    public int MatchIndex { get; init; }

    public override string ToString() =>
        $"{Kind} {Namespace}/{Name} rule {RuleIndex}{(RuleName is null ? "" : $" ({RuleName})")} match {MatchIndex}";
}
