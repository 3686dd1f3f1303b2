using System.Globalization;
using GitOpsGateway.RouteTables.Filters;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace GitOpsGateway.DataPlane.Filters;

/// <summary>
/// The Gateway API CORS filter: we answer preflight requests ourselves (allow-origin, methods, headers, credentials,
/// expose headers, max-age) and add the allow-origin, credentials and expose headers to actual responses. An origin outside the allow-list gets no CORS headers at all, which the
/// browser reads as a refusal.
/// </summary>
internal static class CorsPolicy
{
    private const int DefaultMaxAgeSeconds = 5;

    public static bool IsPreflight(HttpRequest request) =>
        HttpMethods.IsOptions(request.Method)
        && request.Headers.ContainsKey(HeaderNames.Origin)
        && request.Headers.ContainsKey(HeaderNames.AccessControlRequestMethod);

    public static void AnswerPreflight(HttpContext context, CorsFilter cors)
    {
        var request = context.Request;
        var response = context.Response;
        response.StatusCode = StatusCodes.Status204NoContent;
        response.Headers.Vary = HeaderNames.Origin;
        var origin = request.Headers.Origin.ToString();
        if (!IsAllowed(cors, origin))
        {
            return;
        }

        SetAllowOrigin(response, cors, origin);
        var requestedMethod = request.Headers.AccessControlRequestMethod.ToString();
        response.Headers.AccessControlAllowMethods = cors.AllowMethods.Contains("*") && cors.AllowCredentials
            ? requestedMethod
            : string.Join(", ", cors.AllowMethods);
        var requestedHeaders = request.Headers.AccessControlRequestHeaders.ToString();
        var allowHeaders = cors.AllowHeaders.Contains("*") && cors.AllowCredentials
            ? requestedHeaders
            : string.Join(", ", cors.AllowHeaders);
        if (allowHeaders.Length > 0)
        {
            response.Headers.AccessControlAllowHeaders = allowHeaders;
        }

        // The v1.6 conformance test expects the exposed headers on the preflight answer too, not only on actual responses.
        if (ExposeHeaders(cors, actualResponse: null) is { Length: > 0 } exposed)
        {
            response.Headers.AccessControlExposeHeaders = exposed;
        }

        response.Headers.AccessControlMaxAge = (cors.MaxAgeSeconds ?? DefaultMaxAgeSeconds).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Adds the headers of an actual (non-preflight) cross-origin response.</summary>
    public static void DecorateActual(HttpResponse response, CorsFilter cors, string origin)
    {
        response.Headers.Append(HeaderNames.Vary, HeaderNames.Origin);
        if (!IsAllowed(cors, origin))
        {
            return;
        }

        SetAllowOrigin(response, cors, origin);
        if (ExposeHeaders(cors, response) is { Length: > 0 } exposed)
        {
            response.Headers.AccessControlExposeHeaders = exposed;
        }
    }

    public static bool IsAllowed(CorsFilter cors, string origin)
    {
        if (origin.Length == 0)
        {
            return false;
        }

        var requested = WithoutDefaultPort(origin);
        foreach (var allowed in cors.AllowOrigins)
        {
            if (allowed == "*")
            {
                return true;
            }

            var configured = WithoutDefaultPort(allowed);
            if (string.Equals(configured, requested, StringComparison.OrdinalIgnoreCase) || MatchesWildcard(configured, requested))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The <c>Access-Control-Expose-Headers</c> value, or empty for none. A configured <c>*</c> may only be sent
    /// without credentials (the browser reads it literally otherwise), so with credentials an actual response lists
    /// the names of the headers it carries, and a preflight, which has none to expose, sends nothing.
    /// </summary>
    private static string ExposeHeaders(CorsFilter cors, HttpResponse? actualResponse)
    {
        if (!cors.ExposeHeaders.Contains("*") || !cors.AllowCredentials)
        {
            return string.Join(", ", cors.ExposeHeaders);
        }

        return actualResponse is null
            ? string.Empty
            : string.Join(", ", actualResponse.Headers.Keys.Where(name => !name.StartsWith("Access-Control-", StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>
    /// <c>https://a.example.com:443</c> and <c>https://a.example.com</c> are one origin: the spec assumes 80 for
    /// http and 443 for https when an origin names no port, on either side of the comparison.
    /// </summary>
    private static string WithoutDefaultPort(string origin) =>
        origin.EndsWith(":443", StringComparison.Ordinal) && origin.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? origin[..^4]
        : origin.EndsWith(":80", StringComparison.Ordinal) && origin.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? origin[..^3]
        : origin;

    private static void SetAllowOrigin(HttpResponse response, CorsFilter cors, string origin)
    {
        // A wildcard answer cannot carry credentials, so with credentials the origin itself is echoed.
        var wildcard = cors.AllowOrigins.Contains("*") && !cors.AllowCredentials;
        response.Headers.AccessControlAllowOrigin = wildcard ? "*" : origin;
        if (cors.AllowCredentials)
        {
            response.Headers.AccessControlAllowCredentials = "true";
        }
    }

    /// <summary><c>https://*.example.com</c> allows <c>https://a.example.com</c> and <c>https://a.b.example.com</c>.</summary>
    private static bool MatchesWildcard(string allowed, string origin)
    {
        var star = allowed.IndexOf("://*.", StringComparison.Ordinal);
        if (star < 0)
        {
            return false;
        }

        var scheme = allowed[..(star + 3)];
        var suffix = allowed[(star + 4)..];
        return origin.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)
            && origin.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)
            && origin.Length > scheme.Length + suffix.Length;
    }
}
