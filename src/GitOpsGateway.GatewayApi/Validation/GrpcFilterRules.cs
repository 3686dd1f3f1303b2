using GitOpsGateway.GatewayApi.GrpcRoutes;

namespace GitOpsGateway.GatewayApi.Validation;

internal static class GrpcFilterRules
{
    private static readonly string[] Types =
    [
        GrpcRouteFilterTypes.ResponseHeaderModifier, GrpcRouteFilterTypes.RequestHeaderModifier,
        GrpcRouteFilterTypes.RequestMirror, GrpcRouteFilterTypes.ExtensionRef,
    ];

    public static void Filters(IReadOnlyList<GrpcRouteFilter> filters, string path, ErrorSink errors, ErrorSink incompatible)
    {
        errors.MaxItems(filters, 16, path);
        for (var i = 0; i < filters.Count; i++)
        {
            Filter(filters[i], $"{path}[{i}]", errors);
        }

        foreach (var type in new[] { GrpcRouteFilterTypes.RequestHeaderModifier, GrpcRouteFilterTypes.ResponseHeaderModifier })
        {
            if (filters.Count(filter => filter.Type == type) > 1)
            {
                incompatible.Add(path, $"{type} filter cannot be repeated.");
            }
        }
    }

    private static void Filter(GrpcRouteFilter filter, string path, ErrorSink errors)
    {
        if (!Types.Contains(filter.Type, StringComparer.Ordinal))
        {
            errors.Add(path + ".type", $"'{NameRules.Shorten(filter.Type)}' is not a supported filter type; use one of {string.Join(", ", Types)}.");
            return;
        }

        SharedFilterRules.ConfigurationMatchesType(
            filter.Type,
            [
                (GrpcRouteFilterTypes.RequestHeaderModifier, "requestHeaderModifier", filter.RequestHeaderModifier),
                (GrpcRouteFilterTypes.ResponseHeaderModifier, "responseHeaderModifier", filter.ResponseHeaderModifier),
                (GrpcRouteFilterTypes.RequestMirror, "requestMirror", filter.RequestMirror),
                (GrpcRouteFilterTypes.ExtensionRef, "extensionRef", filter.ExtensionRef),
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

        if (filter.ExtensionRef is { } extension)
        {
            ReferenceRules.Local(extension, path + ".extensionRef", errors);
        }
    }
}
