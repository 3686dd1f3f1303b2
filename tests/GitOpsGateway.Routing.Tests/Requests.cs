using GitOpsGateway.Routing.Headers;

namespace GitOpsGateway.Routing.Tests;

internal static class Requests
{
    public static RouteRequest Http(string host, string path = "/", string method = "GET", string? query = null, HeaderCollection? headers = null, int port = 80) => new()
    {
        Port = port,
        Scheme = RequestScheme.Http,
        Host = host,
        Method = method,
        Path = path,
        Query = query,
        Headers = headers,
    };

    public static RouteRequest Https(string? serverName, string host, string path = "/", int port = 443) =>
        Http(host, path, port: port) with { Scheme = RequestScheme.Https, ServerName = serverName };
}
