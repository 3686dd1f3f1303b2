using GitOpsGateway.RouteTables.Filters;
using GitOpsGateway.Routing.Matching;

namespace GitOpsGateway.Routing.Actions;

/// <summary>
/// The path a URLRewrite or RequestRedirect produces, per the table in the Gateway API's HTTPPathModifier, in wire
/// form: configured values are sent as written (their syntax allows only path characters and percent-encodings) and
/// the rest of the request's path keeps the encoding the client gave it.
/// </summary>
internal static class PathRewriter
{
    public static string Rewrite(PathModifier modifier, in RouteRequest request) => modifier.Type switch
    {
        PathModifierType.ReplaceFullPath => modifier.Value.Length == 0 ? "/" : modifier.Value,
        PathModifierType.ReplacePrefixMatch => ReplacePrefix(request, PathPrefix.Normalise(modifier.MatchedPrefix ?? "/"), modifier.Value),
        _ => request.RoutedWirePath,
    };

    /// <summary>
    /// Both the matched prefix and the replacement lose a trailing slash, so the rest of the path keeps its own:
    /// <c>/foo/bar</c> with <c>/foo</c> → <c>/xyz/</c> gives <c>/xyz/bar</c>; an empty result is <c>/</c>
    /// (<c>/prefix</c> → <c>/</c> turns <c>/prefix</c> into <c>/</c> and <c>/prefix/one</c> into <c>/one</c>).
    /// The prefix is matched on the decoded path; the rest is cut from the wire path after as many elements.
    /// </summary>
    private static string ReplacePrefix(in RouteRequest request, string normalisedPrefix, string replacement)
    {
        var wire = request.RoutedWirePath;
        var decodedPrefix = WirePath.Decode(normalisedPrefix);
        if (!PathPrefix.Matches(request.RoutedPath, decodedPrefix))
        {
            return wire;
        }

        var rest = wire.AsSpan(WirePath.AfterElements(wire, decodedPrefix.Count(character => character == '/')));
        var head = replacement.AsSpan().TrimEnd('/');
        return head.Length + rest.Length == 0 ? "/" : string.Concat(head, rest);
    }
}
