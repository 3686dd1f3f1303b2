namespace GitOpsGateway.Routing.Matching;

/// <summary>
/// Gateway API prefix semantics: whole path segments, and a trailing <c>/</c> on the prefix is ignored, so
/// <c>/v2</c> and <c>/v2/</c> both match <c>/v2</c>, <c>/v2/</c> and <c>/v2/x</c>, never <c>/v2example</c>.
/// </summary>
internal static class PathPrefix
{
    /// <summary>The prefix without its trailing slash; <c>/</c> becomes the empty prefix, which every path has.</summary>
    public static string Normalise(string prefix) => prefix.TrimEnd('/');

    public static bool Matches(ReadOnlySpan<char> path, ReadOnlySpan<char> normalisedPrefix) =>
        path.StartsWith(normalisedPrefix, StringComparison.Ordinal)
        && (path.Length == normalisedPrefix.Length || path[normalisedPrefix.Length] == '/');
}
