using GitOpsGateway.GatewayApi.HttpRoutes;

namespace GitOpsGateway.GatewayApi.Validation;

internal static class CorsRules
{
    public static void Cors(HttpCorsFilter cors, string path, ErrorSink errors)
    {
        Set(cors.AllowOrigins, 64, path + ".allowOrigins", errors, (origin, itemPath) =>
        {
            if (origin.Length > 253 || !Patterns.CorsOrigin().IsMatch(origin))
            {
                errors.Add(itemPath, $"'{NameRules.Shorten(origin)}' must be '*' or an origin such as https://example.com or https://*.example.com:8443.");
            }
        });
        Set(cors.AllowMethods, 9, path + ".allowMethods", errors, (method, itemPath) =>
        {
            if (method != "*" && !HttpMethods.All.Contains(method))
            {
                errors.Add(itemPath, $"'{NameRules.Shorten(method)}' is not an HTTP method the spec allows.");
            }
        });
        Set(cors.AllowHeaders, 64, path + ".allowHeaders", errors, (header, itemPath) => HeaderRules.Name(header, itemPath, errors));
        Set(cors.ExposeHeaders, 64, path + ".exposeHeaders", errors, (header, itemPath) => HeaderRules.Name(header, itemPath, errors));
        if (cors.MaxAge < 1)
        {
            errors.Add(path + ".maxAge", "must be at least 1 second.");
        }
    }

    private static void Set(IReadOnlyList<string> values, int max, string path, ErrorSink errors, Action<string, string> validateItem)
    {
        errors.MaxItems(values, max, path);
        for (var i = 0; i < values.Count; i++)
        {
            validateItem(values[i], $"{path}[{i}]");
        }

        HeaderRules.UniqueNames(values, path, errors);
        if (values.Contains("*") && values.Count > 1)
        {
            errors.Add(path, "AllowOrigins cannot contain '*' alongside other origins.");
        }
    }
}
