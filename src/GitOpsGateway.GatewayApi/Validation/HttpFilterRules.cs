using GitOpsGateway.GatewayApi.HttpRoutes;

namespace GitOpsGateway.GatewayApi.Validation;

/// <summary>HTTPRoute filters, at rule and at backendRef level: each filter's schema and the allowed combinations.</summary>
internal static class HttpFilterRules
{
    private static readonly string[] Types =
    [
        HttpRouteFilterTypes.RequestHeaderModifier, HttpRouteFilterTypes.ResponseHeaderModifier, HttpRouteFilterTypes.RequestMirror,
        HttpRouteFilterTypes.RequestRedirect, HttpRouteFilterTypes.UrlRewrite, HttpRouteFilterTypes.ExtensionRef, HttpRouteFilterTypes.Cors,
    ];

    // Every filter type except RequestMirror and ExtensionRef may appear at most once in one list.
    private static readonly string[] Unrepeatable =
    [
        HttpRouteFilterTypes.Cors, HttpRouteFilterTypes.RequestHeaderModifier, HttpRouteFilterTypes.ResponseHeaderModifier,
        HttpRouteFilterTypes.RequestRedirect, HttpRouteFilterTypes.UrlRewrite,
    ];

    /// <summary>Schema errors go to <paramref name="errors"/>; combinations that cannot work together to <paramref name="incompatible"/>.</summary>
    public static void Filters(IReadOnlyList<HttpRouteFilter> filters, string path, ErrorSink errors, ErrorSink incompatible)
    {
        errors.MaxItems(filters, 16, path);
        for (var i = 0; i < filters.Count; i++)
        {
            Filter(filters[i], $"{path}[{i}]", errors);
        }

        var types = filters.Select(filter => filter.Type).ToList();
        if (types.Contains(HttpRouteFilterTypes.RequestRedirect) && types.Contains(HttpRouteFilterTypes.UrlRewrite))
        {
            incompatible.Add(path, "May specify either httpRouteFilterRequestRedirect or httpRouteFilterRequestRewrite, but not both.");
        }

        foreach (var type in Unrepeatable.Where(type => types.Count(t => t == type) > 1))
        {
            incompatible.Add(path, $"{type} filter cannot be repeated.");
        }
    }

    private static void Filter(HttpRouteFilter filter, string path, ErrorSink errors)
    {
        if (!Types.Contains(filter.Type, StringComparer.Ordinal))
        {
            errors.Add(path + ".type", $"'{NameRules.Shorten(filter.Type)}' is not a supported filter type; use one of {string.Join(", ", Types)}.");
            return;
        }

        SharedFilterRules.ConfigurationMatchesType(
            filter.Type,
            [
                (HttpRouteFilterTypes.RequestHeaderModifier, "requestHeaderModifier", filter.RequestHeaderModifier),
                (HttpRouteFilterTypes.ResponseHeaderModifier, "responseHeaderModifier", filter.ResponseHeaderModifier),
                (HttpRouteFilterTypes.RequestMirror, "requestMirror", filter.RequestMirror),
                (HttpRouteFilterTypes.RequestRedirect, "requestRedirect", filter.RequestRedirect),
                (HttpRouteFilterTypes.UrlRewrite, "urlRewrite", filter.UrlRewrite),
                (HttpRouteFilterTypes.Cors, "cors", filter.Cors),
                (HttpRouteFilterTypes.ExtensionRef, "extensionRef", filter.ExtensionRef),
            ],
            path,
            errors);

        if (filter.RequestHeaderModifier is { } request)
        {
            SharedFilterRules.HeaderFilter(request, path + ".requestHeaderModifier", errors);
        }

        if (filter.ResponseHeaderModifier is { } response)
        {
            SharedFilterRules.HeaderFilter(response, path + ".responseHeaderModifier", errors);
        }

        if (filter.RequestMirror is { } mirror)
        {
            SharedFilterRules.Mirror(mirror, path + ".requestMirror", errors);
        }

        if (filter.RequestRedirect is { } redirect)
        {
            Redirect(redirect, path + ".requestRedirect", errors);
        }

        if (filter.UrlRewrite is { } rewrite)
        {
            Rewrite(rewrite, path + ".urlRewrite", errors);
        }

        if (filter.Cors is { } cors)
        {
            CorsRules.Cors(cors, path + ".cors", errors);
        }

        if (filter.ExtensionRef is { } extension)
        {
            ReferenceRules.Local(extension, path + ".extensionRef", errors);
        }
    }

    private static void Redirect(HttpRequestRedirectFilter redirect, string path, ErrorSink errors)
    {
        if (redirect.Scheme is { } scheme)
        {
            errors.OneOf(scheme, ["http", "https"], path + ".scheme");
        }

        if (redirect.Hostname is { } hostname)
        {
            HostnameRules.Hostname(hostname, path + ".hostname", errors, allowWildcard: false);
        }

        if (redirect.Path is { } modifier)
        {
            PathModifier(modifier, path + ".path", errors);
        }

        if (redirect.Port is { } port)
        {
            errors.Range(port, 1, 65535, path + ".port");
        }

        if (redirect.StatusCode is not (301 or 302 or 303 or 307 or 308))
        {
            errors.Add(path + ".statusCode", $"{redirect.StatusCode} is not supported; use 301, 302, 303, 307 or 308.");
        }
    }

    private static void Rewrite(HttpUrlRewriteFilter rewrite, string path, ErrorSink errors)
    {
        if (rewrite.Hostname is { } hostname)
        {
            HostnameRules.Hostname(hostname, path + ".hostname", errors, allowWildcard: false);
        }

        if (rewrite.Path is { } modifier)
        {
            PathModifier(modifier, path + ".path", errors);
        }
    }

    private static void PathModifier(HttpPathModifier modifier, string path, ErrorSink errors)
    {
        switch (modifier.Type)
        {
            case HttpPathModifierTypes.ReplaceFullPath when modifier.ReplaceFullPath is null:
                errors.Add(path + ".replaceFullPath", "replaceFullPath must be specified when type is set to 'ReplaceFullPath'.");
                break;
            case HttpPathModifierTypes.ReplacePrefixMatch when modifier.ReplacePrefixMatch is null:
                errors.Add(path + ".replacePrefixMatch", "replacePrefixMatch must be specified when type is set to 'ReplacePrefixMatch'.");
                break;
            case HttpPathModifierTypes.ReplaceFullPath or HttpPathModifierTypes.ReplacePrefixMatch:
                break;
            default:
                errors.Add(path + ".type", $"'{NameRules.Shorten(modifier.Type)}' is not supported; use ReplaceFullPath or ReplacePrefixMatch.");
                return;
        }

        if (modifier.ReplaceFullPath is not null && modifier.Type != HttpPathModifierTypes.ReplaceFullPath)
        {
            errors.Add(path + ".replaceFullPath", "may be set only when type is ReplaceFullPath.");
        }

        if (modifier.ReplacePrefixMatch is not null && modifier.Type != HttpPathModifierTypes.ReplacePrefixMatch)
        {
            errors.Add(path + ".replacePrefixMatch", "may be set only when type is ReplacePrefixMatch.");
        }

        PathRules.Modifier(modifier.ReplaceFullPath, allowEmpty: false, path + ".replaceFullPath", errors);
        PathRules.Modifier(modifier.ReplacePrefixMatch, allowEmpty: true, path + ".replacePrefixMatch", errors);
    }
}
