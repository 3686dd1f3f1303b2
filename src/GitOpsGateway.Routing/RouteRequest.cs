using GitOpsGateway.Routing.Headers;

namespace GitOpsGateway.Routing;

/// <summary>
/// What the router needs to know about a request or connection; the data plane fills it from its own types. A
/// struct passed by reference, so routing a request allocates nothing for its input.
/// </summary>
public readonly record struct RouteRequest
{
    /// <summary>The local port the request arrived on: the listener port.</summary>
    public required int Port { get; init; }

    public required RequestScheme Scheme { get; init; }

    /// <summary>The TLS server name (SNI) of the connection, for HTTPS and TLS passthrough; null when none was sent.</summary>
    public string? ServerName { get; init; }

    /// <summary>The Host header (HTTP/2 <c>:authority</c>) as received, port included; matching ignores the port.</summary>
    public string? Host { get; init; }

    /// <summary>Upper-case HTTP method.</summary>
    public string? Method { get; init; }

    /// <summary>The path as the data plane routes it, without the query; null or empty means <c>/</c>.</summary>
    public string? Path { get; init; }

    /// <summary>
    /// The same path as received on the wire, percent-encoding kept and dot segments resolved (see
    /// <see cref="Matching.WirePath"/>); forwarding and redirects send it on. Null when unknown: then the router
    /// escapes <see cref="Path"/>.
    /// </summary>
    public string? WirePath { get; init; }

    /// <summary>The raw query string, with or without its leading <c>?</c>.</summary>
    public string? Query { get; init; }

    public IRequestHeaders? Headers { get; init; }

    internal string RoutedPath => string.IsNullOrEmpty(Path) ? "/" : Path;

    internal string RoutedWirePath => WirePath is { Length: > 0 } wire ? wire : Matching.WirePath.Escape(RoutedPath);

    internal string RawQuery => Query is ['?', ..] ? Query[1..] : Query ?? "";
}
