using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using GitOpsGateway.Testing.Echo;

namespace GitOpsGateway.EndToEnd.Tests.Routing;

/// <summary>
/// Requests to the node by their natural URLs (<c>http://match.test/exact</c>, <c>https://a.secure.test/</c>): every
/// connection goes to the node's local port for the URL's port (like <c>curl --connect-to</c>), so Host header and
/// SNI are the URL's name. Redirects are not followed; HTTPS trusts exactly the given certificates.
/// </summary>
internal sealed class NodeClient : IDisposable
{
    private readonly HttpClient client;

    public NodeClient(int httpPort, int httpsPort, IReadOnlyCollection<string> trustedThumbprints)
    {
        client = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            ConnectCallback = async (context, cancellationToken) =>
            {
                var local = context.DnsEndPoint.Port == 443 ? httpsPort : httpPort;
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
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, presented, _, _) =>
                    presented is not null && trustedThumbprints.Contains(presented.GetCertHashString()),
            },
        })
        {
            Timeout = TimeSpan.FromSeconds(30),
        };
    }

    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request) =>
        client.SendAsync(request, TestContext.Current.CancellationToken);

    public Task<HttpResponseMessage> GetAsync(string url) =>
        client.GetAsync(new Uri(url), TestContext.Current.CancellationToken);

    /// <summary>A request that must succeed; returns what the echo backend saw.</summary>
    public async Task<EchoResponse> EchoAsync(HttpMethod method, string url, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(method, new Uri(url));
        foreach (var (name, value) in headers)
        {
            request.Headers.Add(name, value);
        }

        using var response = await SendAsync(request);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{method} {url}: {(int)response.StatusCode} {body}");
        return EchoResponse.Parse(body);
    }

    public Task<EchoResponse> EchoAsync(string url, params (string Name, string Value)[] headers) => EchoAsync(HttpMethod.Get, url, headers);

    /// <summary>The status code of a request whose body does not matter.</summary>
    public async Task<HttpStatusCode> StatusAsync(HttpMethod method, string url, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(method, new Uri(url));
        foreach (var (name, value) in headers)
        {
            request.Headers.Add(name, value);
        }

        using var response = await SendAsync(request);
        return response.StatusCode;
    }

    public Task<HttpStatusCode> StatusAsync(string url) => StatusAsync(HttpMethod.Get, url);

    public void Dispose() => client.Dispose();
}
