using GitOpsGateway.GatewayApi.HttpRoutes;

namespace GitOpsGateway.GatewayApi.Validation;

/// <summary>The CEL rules on HTTP path matches and path modifiers (httproute_types.go).</summary>
internal static class PathRules
{
    private static readonly string[] MatchTypes = [PathMatchTypes.Exact, PathMatchTypes.PathPrefix, PathMatchTypes.RegularExpression];

    public static void Match(HttpPathMatch match, string path, ErrorSink errors)
    {
        var valuePath = path + ".value";
        if (!MatchTypes.Contains(match.Type, StringComparer.Ordinal))
        {
            errors.Add(path + ".type", $"'{NameRules.Shorten(match.Type)}' is not supported; use one of {string.Join(", ", MatchTypes)}.");
            return;
        }

        errors.MaxLength(match.Value, 1024, valuePath);
        if (match.Type == PathMatchTypes.RegularExpression)
        {
            RegexRules.Pattern(match.Value, valuePath, errors);
            return;
        }

        AbsolutePath(match.Value, valuePath, errors);
    }

    /// <summary>ReplaceFullPath and a non-empty ReplacePrefixMatch must be clean absolute paths too.</summary>
    public static void Modifier(string? value, bool allowEmpty, string path, ErrorSink errors)
    {
        if (value is null || (allowEmpty && value.Length == 0))
        {
            return;
        }

        errors.MaxLength(value, 1024, path);
        AbsolutePath(value, path, errors);
    }

    private static void AbsolutePath(string value, string path, ErrorSink errors)
    {
        if (!value.StartsWith('/'))
        {
            errors.Add(path, "must be an absolute path starting with '/'.");
            return;
        }

        foreach (var forbidden in (string[])["//", "/./", "/../", "%2f", "%2F", "#"])
        {
            if (value.Contains(forbidden, StringComparison.Ordinal))
            {
                errors.Add(path, $"must not contain '{NameRules.Shorten(forbidden)}'.");
            }
        }

        foreach (var ending in new[] { "/..", "/." }.Where(ending => value.EndsWith(ending, StringComparison.Ordinal)))
        {
            errors.Add(path, $"must not end with '{NameRules.Shorten(ending)}'.");
        }

        if (!Patterns.PathCharacters().IsMatch(value))
        {
            errors.Add(path, "must only contain valid characters (matching ^(?:[-A-Za-z0-9/._~!$&'()*+,;=:@]|[%][0-9a-fA-F]{2})+$) for types ['Exact', 'PathPrefix'].");
        }
    }
}
