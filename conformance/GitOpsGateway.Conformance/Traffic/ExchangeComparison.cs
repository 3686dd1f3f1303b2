using System.Net;
using GitOpsGateway.Conformance.Cases;
using GitOpsGateway.Conformance.Cluster;
using GitOpsGateway.Testing.Echo;

namespace GitOpsGateway.Conformance.Traffic;

/// <summary>
/// Whether a captured round trip meets a row of the suite's table, with the suite's rules: the status must be one of
/// those expected (a 408/504 when a timeout is expected); on 200 and 204 the backend must have seen the expected
/// host, path with query, method, headers (values joined by ","), absent headers, namespace and Service, and the
/// client the expected response headers; on a redirect the Location must name the expected scheme, host, port and
/// path. Returns null when it does, else what differs.
/// </summary>
public static class ExchangeComparison
{
    private static readonly EchoResponse NoEcho = new()
    {
        Backend = string.Empty,
        Method = string.Empty,
        Path = string.Empty,
        Query = string.Empty,
        RawTarget = string.Empty,
        Host = string.Empty,
        Headers = new Dictionary<string, IReadOnlyList<string>>(),
        Protocol = string.Empty,
        RequestNumber = 0,
    };

    public static string? Mismatch(ExpectedExchange expected, CapturedExchange captured)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(captured);
        var status = (int)captured.Status;
        var accepted = expected.Response.AcceptedStatusCodes();
        if (IsTimeout(status) && accepted.Any(IsTimeout))
        {
            return null;
        }

        if (!accepted.Contains(status))
        {
            return $"expected status code to be one of [{string.Join(", ", accepted)}], got {status}";
        }

        if (status is 200 or 204)
        {
            return BackendMismatch(expected, captured) ?? ResponseHeaderMismatch(expected.Response, captured);
        }

        return IsRedirect(status) && expected.RedirectRequest is { } redirect ? RedirectMismatch(expected.Request, redirect, captured) : null;
    }

    private static string? BackendMismatch(ExpectedExchange expected, CapturedExchange captured)
    {
        // As upstream: an answer that is no echo (a preflight the gateway answers itself) is an empty captured
        // request with the method that was sent.
        var echo = captured.Echo ?? NoEcho with { Method = string.IsNullOrEmpty(expected.Request.Method) ? "GET" : expected.Request.Method };
        // As upstream: without a stated expected request, the request as sent is what the backend must see.
        var stated = expected.ExpectedRequest ?? new ExpectedRequest { Request = expected.Request };
        var request = stated.Request;
        var path = request.Path ?? string.Empty;
        var method = string.IsNullOrEmpty(request.Method) ? "GET" : request.Method;
        var (@namespace, pod) = EchoPool.Identity(echo);
        if (!string.IsNullOrEmpty(request.Host) && request.Host != echo.Host)
        {
            return $"expected host to be {request.Host}, got {echo.Host}";
        }

        if (path != echo.RawTarget)
        {
            return $"expected path to be {path}, got {echo.RawTarget}";
        }

        if (method != echo.Method)
        {
            return $"expected method to be {method}, got {echo.Method}";
        }

        if ((expected.Namespace ?? string.Empty) != @namespace)
        {
            return $"expected namespace to be {expected.Namespace}, got {@namespace}";
        }

        {
            foreach (var (name, value) in stated.Request.Headers ?? new Dictionary<string, string>())
            {
                var actual = echo.HeaderValues(name);
                if (actual.Count == 0)
                {
                    return $"expected {name} header to be set, the backend saw [{string.Join(", ", echo.Headers.Keys)}]";
                }

                if (string.Join(',', actual) != value)
                {
                    return $"expected {name} header to be set to {value}, got {string.Join(',', actual)}";
                }
            }

            foreach (var name in (stated.AbsentHeaders ?? []).Where(name => echo.HeaderValues(name).Count > 0))
            {
                return $"expected {name} header to not be set, got {string.Join(',', echo.HeaderValues(name))}";
            }
        }

        return pod.StartsWith(expected.Backend ?? string.Empty, StringComparison.Ordinal) ? null : $"expected pod name to start with {expected.Backend}, got {pod}";
    }

    private static string? ResponseHeaderMismatch(ResponseSpec expected, CapturedExchange captured)
    {
        foreach (var (name, valid) in expected.ValidHeaderValues ?? new Dictionary<string, IReadOnlyList<string>>())
        {
            if (!captured.ResponseHeaders.TryGetValue(name, out var values))
            {
                return $"expected {name} header to be set, response headers: [{string.Join(", ", captured.ResponseHeaders.Keys)}]";
            }

            var actual = Normalize(string.Join(',', values), expected.IgnoreWhitespace);
            if (!valid.Select(value => Normalize(value, expected.IgnoreWhitespace)).Contains(actual))
            {
                return $"expected {name} header to be set to one of [{string.Join(" | ", valid)}], got {actual}";
            }
        }

        foreach (var (name, value) in expected.Headers ?? new Dictionary<string, string>())
        {
            if (!captured.ResponseHeaders.TryGetValue(name, out var values))
            {
                return $"expected {name} header to be set, response headers: [{string.Join(", ", captured.ResponseHeaders.Keys)}]";
            }

            var actual = Normalize(string.Join(',', values), expected.IgnoreWhitespace);
            if (actual != Normalize(value, expected.IgnoreWhitespace))
            {
                return $"expected {name} header to be set to {value}, got {actual}";
            }
        }

        foreach (var name in (expected.AbsentHeaders ?? []).Where(captured.ResponseHeaders.ContainsKey))
        {
            return $"expected {name} header to not be set, got {string.Join(',', captured.ResponseHeaders[name])}";
        }

        return null;
    }

    private static string? RedirectMismatch(RequestSpec request, ExpectedRedirect expected, CapturedExchange captured)
    {
        if (captured.Location is not { } location)
        {
            return "a redirect without a Location header";
        }

        var absolute = location.IsAbsoluteUri ? location : new Uri(new Uri("http://" + GatewayClient.GatewayAddress), location);
        var gotPort = absolute.IsDefaultPort && !location.OriginalString.Contains(":" + absolute.Port, StringComparison.Ordinal)
            ? string.Empty
            : absolute.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var host = expected.Host.Length == 0 ? absolute.Host : expected.Host;
        var scheme = expected.Scheme.Length == 0 ? "http" : expected.Scheme;
        var path = expected.Path.Length == 0 ? request.Path.Split('?', 2)[0] : expected.Path;
        if (host != absolute.Host)
        {
            return $"expected redirected hostname to be {host}, got {absolute.Host}";
        }

        if (expected.Port.Length == 0)
        {
            if (absolute.Scheme == "http" && gotPort is not ("80" or ""))
            {
                return $"for http scheme, expected redirected port to be 80 or not set, got {gotPort}";
            }

            if (absolute.Scheme == "https" && gotPort is not ("443" or ""))
            {
                return $"for https scheme, expected redirected port to be 443 or not set, got {gotPort}";
            }
        }
        else if (expected.Port != gotPort)
        {
            return $"expected redirected port to be {expected.Port}, got {gotPort}";
        }

        if (scheme != absolute.Scheme)
        {
            return $"expected redirected scheme to be {scheme}, got {absolute.Scheme}";
        }

        return path == absolute.AbsolutePath ? null : $"expected redirected path to be {path}, got {absolute.AbsolutePath}";
    }

    private static string Normalize(string value, bool ignoreWhitespace) => ignoreWhitespace ? value.Replace(" ", "", StringComparison.Ordinal) : value;

    private static bool IsTimeout(int status) => status is (int)HttpStatusCode.RequestTimeout or (int)HttpStatusCode.GatewayTimeout;

    private static bool IsRedirect(int status) => status is 300 or 301 or 302 or 303 or 304 or 305 or 307 or 308;
}
