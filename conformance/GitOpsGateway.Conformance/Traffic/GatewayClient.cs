using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using GitOpsGateway.Conformance.Cases;
using GitOpsGateway.Conformance.Cluster;
using GitOpsGateway.Testing.Echo;

namespace GitOpsGateway.Conformance.Traffic;

/// <summary>
/// Sends a case's requests to a Gateway the way the suite does: to the Gateway's address (127.0.0.1) on the
/// listener port (80 unless the row says otherwise), with the row's Host header, never following redirects. Every
/// connection goes to the node's local port for the listener port. Without a Host, the Host header is the address
/// and port as the suite's client sends it (the port left out for 80).
/// </summary>
public sealed class GatewayClient : IDisposable
{
    public const string GatewayAddress = "127.0.0.1";

    private const string EchoSetHeader = "X-Echo-Set-Header";

    private readonly HttpClient client;

    public GatewayClient(GatewayNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        client = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            PooledConnectionLifetime = TimeSpan.FromSeconds(2),
            ConnectCallback = async (context, cancellationToken) =>
            {
                var local = node.LocalPorts.TryGetValue(context.DnsEndPoint.Port, out var port)
                    ? port
                    : throw new HttpRequestException($"Gateway {node.Gateway} has no listener on port {context.DnsEndPoint.Port}.");
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, local), cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        })
        {
            Timeout = TimeSpan.FromSeconds(30),
        };
    }

    public async Task<CapturedExchange> SendAsync(ExpectedExchange exchange, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        var spec = exchange.Request;
        var path = spec.Path ?? string.Empty;
        var port = exchange.Port == 0 ? 80 : exchange.Port;
        using var request = new HttpRequestMessage(
            new HttpMethod(string.IsNullOrEmpty(spec.Method) ? "GET" : spec.Method),
            new Uri($"http://{GatewayAddress}:{port}" + (path.StartsWith('/') ? path : "/" + path)));
        if (!string.IsNullOrEmpty(spec.Host))
        {
            request.Headers.Host = spec.Host;
        }

        foreach (var (name, value) in spec.Headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        request.Headers.TryAddWithoutValidation(EchoSetHeader, string.Join(',', (exchange.BackendSetResponseHeaders ?? new Dictionary<string, string>()).Select(pair => pair.Key + ":" + pair.Value)));
        if (!string.IsNullOrEmpty(spec.Body))
        {
            request.Content = new StringContent(spec.Body, Encoding.UTF8);
        }

        using var response = await client.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var headers = response.Headers.Concat(response.Content.Headers)
            .GroupBy(header => header.Key.ToLowerInvariant())
            .ToDictionary(group => group.Key, group => (IReadOnlyList<string>)group.SelectMany(header => header.Value).ToList(), StringComparer.OrdinalIgnoreCase);
        // As the suite's round tripper: only a JSON answer is read as the echo of the request.
        var isJson = response.Content.Headers.ContentType?.MediaType == "application/json";
        return new CapturedExchange(response.StatusCode, headers, response.Headers.Location, isJson ? TryParseEcho(body) : null);
    }

    public void Dispose() => client.Dispose();

    private static EchoResponse? TryParseEcho(string body)
    {
        if (!body.TrimStart().StartsWith('{'))
        {
            return null;
        }

        try
        {
            return EchoResponse.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
