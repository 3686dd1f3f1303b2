using GitOpsGateway.RouteTables;
using GitOpsGateway.RouteTables.Listeners;
using GitOpsGateway.Routing.Decisions;
using GitOpsGateway.Routing.Matching;

namespace GitOpsGateway.Routing;

/// <summary>
/// An immutable matcher over one route table, built off the request path and swapped by reference with the
/// table. <see cref="Route"/> is pure and thread-safe: listener by Host (and SNI for HTTPS), then the first rule
/// in IR order whose every condition holds, trying the listener's most specific virtual host for the hostname
/// first and falling through to the less specific ones (longer wildcards first, the catch-all last).
/// </summary>
public sealed class CompiledRouter
{
    private readonly HttpRouting _http;
    private readonly HttpRouting _https;
    private readonly L4Routing _l4;

    private CompiledRouter(RouteTable table, HttpRouting http, HttpRouting https, L4Routing l4, PatternCompiler patterns)
    {
        Table = table;
        _http = http;
        _https = https;
        _l4 = l4;
        Patterns = patterns.Compiled;
        Problems = patterns.Problems;
    }

    public RouteTable Table { get; }

    /// <summary>
    /// What the router could not honour, e.g. a regular expression NonBacktracking cannot run (that condition
    /// never matches). Empty for every table the compiler produces from supported patterns.
    /// </summary>
    public EquatableArray<string> Problems { get; }

    internal IReadOnlyDictionary<string, CompiledPattern> Patterns { get; }

    /// <summary>Builds the matcher; expects a table that passes <c>RouteTableValidator</c>.</summary>
    /// <param name="previous">
    /// The router being replaced, if any: its compiled regular expressions are reused. NonBacktracking costs
    /// milliseconds and about 300 KB to construct per pattern, so this keeps swapping a table with many patterns fast.
    /// </param>
    public static CompiledRouter Build(RouteTable table, CompiledRouter? previous = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        var patterns = new PatternCompiler(previous?.Patterns);
        var http = HttpRouting.Build(table, ListenerProtocol.HTTP, patterns);
        var https = HttpRouting.Build(table, ListenerProtocol.HTTPS, patterns);
        return new CompiledRouter(table, http, https, L4Routing.Build(table), patterns);
    }

    public RoutingDecision Route(in RouteRequest request) => request.Scheme switch
    {
        RequestScheme.Http => _http.Route(in request),
        RequestScheme.Https => _https.Route(in request),
        _ => _l4.Route(in request),
    };

    /// <summary>
    /// The HTTPS listener whose certificates answer a TLS handshake on this port with this server name (SNI); null
    /// when none would, and the handshake should fail.
    /// </summary>
    public Listener? HttpsListenerFor(int port, string? serverName) => _https.ListenerFor(port, serverName);
}
