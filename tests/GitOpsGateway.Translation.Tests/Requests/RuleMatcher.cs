using GitOpsGateway.GatewayApi.Validation;
using GitOpsGateway.RouteTables.Http;

namespace GitOpsGateway.Translation.Tests.Requests;

/// <summary>Whether one IR match accepts a request: path, method, headers and query parameters all hold.</summary>
internal static class RuleMatcher
{
    public static bool Matches(HttpRouteMatch match, string method, string path, string query, IReadOnlyDictionary<string, string> headers)
    {
        if (!PathMatches(match.Path, path) || (match.Method is not null && match.Method != method))
        {
            return false;
        }

        foreach (var header in match.Headers)
        {
            var value = headers.FirstOrDefault(entry => string.Equals(entry.Key, header.Name, StringComparison.OrdinalIgnoreCase)).Value;
            if (value is null || !ValueMatches(header.Type, header.Value, value))
            {
                return false;
            }
        }

        var parameters = Query(query);
        return match.QueryParams.All(parameter =>
            parameters.TryGetValue(parameter.Name, out var value) && ValueMatches(parameter.Type, parameter.Value, value));
    }

    private static bool PathMatches(PathMatch match, string path) => match.Type switch
    {
        PathMatchType.Exact => path == match.Value,
        PathMatchType.PathPrefix => PrefixMatches(match.Value, path),
        _ => FullMatch(match.Value, path),
    };

    private static bool PrefixMatches(string prefix, string path)
    {
        var trimmed = prefix.TrimEnd('/');
        return trimmed.Length == 0 || path == trimmed || path.StartsWith(trimmed + "/", StringComparison.Ordinal);
    }

    private static bool ValueMatches(StringMatchType type, string expected, string actual) =>
        type == StringMatchType.Exact ? expected == actual : FullMatch(expected, actual);

    private static bool FullMatch(string pattern, string value) =>
        UserRegex.TryCreateFullMatch(pattern, out var regex, out _) && regex.IsMatch(value);

    /// <summary>The first value of each query parameter, as the spec recommends.</summary>
    private static Dictionary<string, string> Query(string query)
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? string.Empty : Uri.UnescapeDataString(pair[(equals + 1)..]);
            parameters.TryAdd(name, value);
        }

        return parameters;
    }
}
