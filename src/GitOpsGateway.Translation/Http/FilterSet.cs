using GitOpsGateway.RouteTables;
using GitOpsGateway.RouteTables.Filters;

namespace GitOpsGateway.Translation.Http;

/// <summary>
/// Filters compiled once per rule (or backend). <see cref="Unsupported"/> names a filter this controller cannot
/// apply (ExtensionRef, unknown types): the spec forbids skipping it, so requests that reach it get an error.
/// </summary>
internal sealed record FilterSet(EquatableArray<HttpFilter> Filters, string? Unsupported)
{
    public bool Redirects => Filters.Any(filter => filter is RequestRedirectFilter);

    /// <summary>
    /// The filters for one match: a ReplacePrefixMatch learns the match's PathPrefix value, so the node replaces
    /// exactly those leading segments.
    /// </summary>
    public EquatableArray<HttpFilter> For(string? matchedPrefix) =>
    [
        .. Filters.Select(filter => filter switch
        {
            RequestRedirectFilter { Path: { } path } redirect => redirect with { Path = Bind(path, matchedPrefix) },
            UrlRewriteFilter { Path: { } path } rewrite => rewrite with { Path = Bind(path, matchedPrefix) },
            _ => filter,
        }),
    ];

    private static PathModifier Bind(PathModifier path, string? matchedPrefix) =>
        path.Type == PathModifierType.ReplacePrefixMatch ? path with { MatchedPrefix = matchedPrefix ?? "/" } : path;
}
