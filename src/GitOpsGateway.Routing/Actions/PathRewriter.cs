using GitOpsGateway.RouteTables.Filters;
using GitOpsGateway.Routing.Matching;

namespace GitOpsGateway.Routing.Actions;

/// <summary>The path a URLRewrite or RequestRedirect produces, per the table in the Gateway API's HTTPPathModifier.</summary>
internal static class PathRewriter
{
    public static string Rewrite(PathModifier modifier, string path) => modifier.Type switch
    {
        PathModifierType.ReplaceFullPath => modifier.Value.Length == 0 ? "/" : modifier.Value,
        PathModifierType.ReplacePrefixMatch => ReplacePrefix(path, PathPrefix.Normalise(modifier.MatchedPrefix ?? "/"), modifier.Value),
        _ => path,
    };

    /// <summary>
    /// Both the matched prefix and the replacement lose a trailing slash, so the rest of the path keeps its own:
    /// <c>/foo/bar</c> with <c>/foo</c> → <c>/xyz/</c> gives <c>/xyz/bar</c>; an empty result is <c>/</c>
    /// (<c>/prefix</c> → <c>/</c> turns <c>/prefix</c> into <c>/</c> and <c>/prefix/one</c> into <c>/one</c>).
    /// </summary>
    private static string ReplacePrefix(string path, string normalisedPrefix, string replacement)
    {
        if (!PathPrefix.Matches(path, normalisedPrefix))
        {
            return path;
        }

        var rest = path.AsSpan(normalisedPrefix.Length);
        var head = replacement.AsSpan().TrimEnd('/');
        return head.Length + rest.Length == 0 ? "/" : string.Concat(head, rest);
    }
}
