using System.Text.RegularExpressions;
using GitOpsGateway.RouteTables.Http;
using GitOpsGateway.Routing.Actions;

namespace GitOpsGateway.Routing.Matching;

/// <summary>
/// One IR rule ready to test against requests. <see cref="Matches"/> checks every condition, path included, so
/// the per-host index only narrows candidates and can never make a rule match that would not on its own.
/// </summary>
internal sealed class CompiledRule
{
    private readonly PathMatchType _pathType;
    private readonly string _path;
    private readonly Regex? _pathPattern;
    private readonly string _patternPrefix;
    private readonly string? _method;
    private readonly ValueCondition[] _headers;
    private readonly ValueCondition[] _queryParams;

    public CompiledRule(HttpRouteRule rule, PatternCompiler patterns)
    {
        var match = rule.Match;
        Responder = new RuleResponder(rule);
        _pathType = match.Path.Type;
        _path = _pathType switch
        {
            // Configured paths may hold percent-encodings (never %2F); requests are matched in decoded form.
            PathMatchType.PathPrefix => WirePath.Decode(PathPrefix.Normalise(match.Path.Value)),
            PathMatchType.Exact => WirePath.Decode(match.Path.Value),
            _ => match.Path.Value,
        };
        _pathPattern = _pathType == PathMatchType.RegularExpression ? patterns.Compile(match.Path.Value) : null;
        _patternPrefix = _pathType == PathMatchType.RegularExpression ? LiteralPrefix.Of(match.Path.Value) : "";
        _method = match.Method;
        _headers = [.. match.Headers.Select(header => ValueCondition.Create(header.Name, header.Type, header.Value, patterns))];
        _queryParams = [.. match.QueryParams.Select(query => ValueCondition.Create(query.Name, query.Type, query.Value, patterns))];
    }

    public RuleResponder Responder { get; }

    public PathMatchType PathType => _pathType;

    /// <summary>The exact path, the normalised prefix (see <see cref="PathPrefix"/>) or the pattern.</summary>
    public string PathKey => _path;

    public bool Matches(in RouteRequest request, string path) =>
        MatchesPath(path)
        && (_method is null || string.Equals(_method, request.Method, StringComparison.Ordinal))
        && MatchesHeaders(request.Headers)
        && MatchesQuery(request.Query);

    private bool MatchesPath(string path) => _pathType switch
    {
        PathMatchType.Exact => string.Equals(path, _path, StringComparison.Ordinal),
        PathMatchType.PathPrefix => PathPrefix.Matches(path, _path),
        PathMatchType.RegularExpression => _pathPattern is not null
            && path.StartsWith(_patternPrefix, StringComparison.Ordinal)
            && PatternCompiler.IsMatch(_pathPattern, path),
        _ => false,
    };

    private bool MatchesHeaders(Headers.IRequestHeaders? headers)
    {
        foreach (var condition in _headers)
        {
            if (headers is null || !headers.TryGetValue(condition.Name, out var value) || !condition.IsSatisfiedBy(value))
            {
                return false;
            }
        }

        return true;
    }

    private bool MatchesQuery(string? query)
    {
        foreach (var condition in _queryParams)
        {
            if (!QueryString.TryGetFirst(query, condition.Name, out var value) || !condition.IsSatisfiedBy(value))
            {
                return false;
            }
        }

        return true;
    }
}
