using GitOpsGateway.GatewayApi.HttpRoutes;
using GitOpsGateway.GatewayApi.Routes;

namespace GitOpsGateway.GatewayApi.Validation;

internal static class HttpMatchRules
{
    private static readonly string[] MatchTypes = [HeaderMatchTypes.Exact, HeaderMatchTypes.RegularExpression];

    public static void Matches(IReadOnlyList<HttpRouteMatch> matches, string path, ErrorSink errors)
    {
        errors.MaxItems(matches, 64, path);
        for (var i = 0; i < matches.Count; i++)
        {
            Match(matches[i], $"{path}[{i}]", errors);
        }
    }

    private static void Match(HttpRouteMatch match, string path, ErrorSink errors)
    {
        PathRules.Match(match.Path, path + ".path", errors);

        errors.MaxItems(match.Headers, 16, path + ".headers");
        for (var i = 0; i < match.Headers.Count; i++)
        {
            var header = match.Headers[i];
            ValueMatch(header.Type, header.Name, header.Value, 4096, $"{path}.headers[{i}]", errors);
        }

        HeaderRules.UniqueNames(match.Headers.Select(h => h.Name), path + ".headers", errors);

        errors.MaxItems(match.QueryParams, 16, path + ".queryParams");
        for (var i = 0; i < match.QueryParams.Count; i++)
        {
            var parameter = match.QueryParams[i];
            ValueMatch(parameter.Type, parameter.Name, parameter.Value, 1024, $"{path}.queryParams[{i}]", errors);
        }

        HeaderRules.UniqueNames(match.QueryParams.Select(q => q.Name), path + ".queryParams", errors);

        if (match.Method is { } method && !HttpMethods.All.Contains(method))
        {
            errors.Add(path + ".method", $"'{NameRules.Shorten(method)}' is not supported; use an upper-case method such as GET or POST.");
        }
    }

    /// <summary>A header or query-parameter match: type, name and value (a regex when the type says so).</summary>
    public static void ValueMatch(string type, string name, string value, int maxValueLength, string path, ErrorSink errors)
    {
        errors.OneOf(type, MatchTypes, path + ".type");
        HeaderRules.Name(name, path + ".name", errors);
        HeaderRules.Value(value, maxValueLength, path + ".value", errors);
        if (type == HeaderMatchTypes.RegularExpression && value.Length > 0)
        {
            RegexRules.Pattern(value, path + ".value", errors);
        }
    }
}
