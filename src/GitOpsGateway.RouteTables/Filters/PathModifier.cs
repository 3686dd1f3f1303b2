namespace GitOpsGateway.RouteTables.Filters;

/// <summary>How a redirect or rewrite changes the path.</summary>
public sealed record PathModifier
{
    public required PathModifierType Type { get; init; }

    /// <summary>The new full path, or what replaces <see cref="MatchedPrefix"/>.</summary>
    public required string Value { get; init; }

    /// <summary>
    /// For ReplacePrefixMatch: the PathPrefix value of the rule's match, copied here so the filter is
    /// self-contained (the node replaces exactly these leading segments).
    /// </summary>
    public string? MatchedPrefix { get; init; }
}
