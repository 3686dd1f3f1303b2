using GitOpsGateway.GatewayApi.GrpcRoutes;
using GitOpsGateway.GatewayApi.HttpRoutes;
using GitOpsGateway.GatewayApi.Routes;
using GitOpsGateway.RouteTables.Filters;
using GitOpsGateway.Translation.Backends;
using GitOpsGateway.Translation.Pipeline;
using GitOpsGateway.Translation.Routes;
using IrHeader = GitOpsGateway.RouteTables.Filters.HttpHeader;

namespace GitOpsGateway.Translation.Http;

/// <summary>
/// HTTPRoute and GRPCRoute filters in IR form, in the route's order. A mirror whose backend does not resolve is
/// left out (the spec says so) and reported on the route's ResolvedRefs.
/// </summary>
internal static class FilterCompiler
{
    public static FilterSet Compile(TranslationContext context, RouteContext route, IReadOnlyList<HttpRouteFilter> filters, string path)
    {
        var compiled = new List<HttpFilter>();
        string? unsupported = null;
        for (var i = 0; i < filters.Count; i++)
        {
            var filter = filters[i];
            HttpFilter? result = filter.Type switch
            {
                HttpRouteFilterTypes.RequestHeaderModifier when filter.RequestHeaderModifier is { } headers => Headers<RequestHeaderModifierFilter>(headers),
                HttpRouteFilterTypes.ResponseHeaderModifier when filter.ResponseHeaderModifier is { } headers => Headers<ResponseHeaderModifierFilter>(headers),
                HttpRouteFilterTypes.RequestRedirect when filter.RequestRedirect is { } redirect => Redirect(redirect),
                HttpRouteFilterTypes.UrlRewrite when filter.UrlRewrite is { } rewrite => new UrlRewriteFilter { Hostname = rewrite.Hostname, Path = Path(rewrite.Path) },
                HttpRouteFilterTypes.RequestMirror when filter.RequestMirror is { } mirror => Mirror(context, route, mirror, BackendUse.Http, $"{path}[{i}]"),
                HttpRouteFilterTypes.Cors when filter.Cors is { } cors => Cors(cors),
                _ => null,
            };
            if (result is not null)
            {
                compiled.Add(result);
            }
            else if (filter.Type != HttpRouteFilterTypes.RequestMirror)
            {
                unsupported ??= filter.Type;
            }
        }

        return new FilterSet([.. compiled], unsupported);
    }

    public static FilterSet Compile(TranslationContext context, RouteContext route, IReadOnlyList<GrpcRouteFilter> filters, string path)
    {
        var compiled = new List<HttpFilter>();
        string? unsupported = null;
        for (var i = 0; i < filters.Count; i++)
        {
            var filter = filters[i];
            HttpFilter? result = filter.Type switch
            {
                GrpcRouteFilterTypes.RequestHeaderModifier when filter.RequestHeaderModifier is { } headers => Headers<RequestHeaderModifierFilter>(headers),
                GrpcRouteFilterTypes.ResponseHeaderModifier when filter.ResponseHeaderModifier is { } headers => Headers<ResponseHeaderModifierFilter>(headers),
                GrpcRouteFilterTypes.RequestMirror when filter.RequestMirror is { } mirror => Mirror(context, route, mirror, BackendUse.Grpc, $"{path}[{i}]"),
                _ => null,
            };
            if (result is not null)
            {
                compiled.Add(result);
            }
            else if (filter.Type != GrpcRouteFilterTypes.RequestMirror)
            {
                unsupported ??= filter.Type;
            }
        }

        return new FilterSet([.. compiled], unsupported);
    }

    private static T Headers<T>(HttpHeaderFilter headers)
        where T : HeaderModifierFilter, new() => new()
        {
            Set = [.. headers.Set.Select(header => new IrHeader { Name = header.Name, Value = header.Value })],
            Add = [.. headers.Add.Select(header => new IrHeader { Name = header.Name, Value = header.Value })],
            Remove = [.. headers.Remove],
        };

    private static RequestRedirectFilter Redirect(HttpRequestRedirectFilter redirect) => new()
    {
        Scheme = redirect.Scheme,
        Hostname = redirect.Hostname,
        // The spec: a redirect that changes the scheme without a port goes to that scheme's well-known port.
        Port = redirect.Port ?? redirect.Scheme switch
        {
            "http" => 80,
            "https" => 443,
            _ => null,
        },
        Path = Path(redirect.Path),
        StatusCode = redirect.StatusCode,
    };

    private static PathModifier? Path(HttpPathModifier? path) => path?.Type switch
    {
        HttpPathModifierTypes.ReplaceFullPath => new PathModifier { Type = PathModifierType.ReplaceFullPath, Value = path.ReplaceFullPath ?? "/" },
        HttpPathModifierTypes.ReplacePrefixMatch => new PathModifier { Type = PathModifierType.ReplacePrefixMatch, Value = path.ReplacePrefixMatch ?? string.Empty },
        _ => null,
    };

    private static RequestMirrorFilter? Mirror(TranslationContext context, RouteContext route, HttpRequestMirrorFilter mirror, BackendUse use, string path)
    {
        var resolution = BackendResolver.Resolve(context, route.Route, mirror.BackendRef, use);
        if (resolution.Problem is { } problem)
        {
            route.RefProblems.Add(problem with { Message = $"{path}.requestMirror: {problem.Message}" });
            return null;
        }

        MirrorFraction? fraction = (mirror.Percent, mirror.Fraction) switch
        {
            ({ } percent, _) => new MirrorFraction { Numerator = percent, Denominator = 100 },
            (null, { } given) => new MirrorFraction { Numerator = given.Numerator, Denominator = given.Denominator },
            _ => null,
        };
        return new RequestMirrorFilter { ClusterId = resolution.ClusterId!, Fraction = fraction };
    }

    private static CorsFilter Cors(HttpCorsFilter cors) => new()
    {
        AllowOrigins = [.. cors.AllowOrigins],
        AllowMethods = [.. cors.AllowMethods],
        AllowHeaders = [.. cors.AllowHeaders],
        ExposeHeaders = [.. cors.ExposeHeaders],
        MaxAgeSeconds = cors.MaxAge,
        AllowCredentials = cors.AllowCredentials ?? false,
    };
}
