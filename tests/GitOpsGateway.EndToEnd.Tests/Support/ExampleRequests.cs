using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.RegularExpressions;
using GitOpsGateway.Testing.Echo;
using GitOpsGateway.Testing.Processes;

namespace GitOpsGateway.EndToEnd.Tests.Support;

/// <summary>
/// Requests to dev mode's node for the example's hostnames: every connection goes to 127.0.0.1 whatever the URL's
/// host (like <c>curl --resolve</c>), so the Host header and the TLS SNI are the example's names. HTTPS trusts exactly
/// the development certificate committed in <c>gitops-example/infra/example-com-dev-tls.yaml</c>.
/// </summary>
internal sealed partial class ExampleRequests : IDisposable
{
    private readonly HttpClient client;

    public ExampleRequests()
    {
        var certificate = DevelopmentCertificate();
        client = new HttpClient(new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, context.DnsEndPoint.Port), cancellationToken);
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
                    presented is not null && presented.GetCertHashString() == certificate.GetCertHashString(),
            },
        })
        {
            Timeout = TimeSpan.FromSeconds(10),
        };
    }

    public async Task<EchoResponse> GetAsync(Uri url)
    {
        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"GET {url}: {(int)response.StatusCode} {body}");
        return EchoResponse.Parse(body);
    }

    public void Dispose() => client.Dispose();

    private static X509Certificate2 DevelopmentCertificate()
    {
        var manifest = File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "gitops-example", "infra", "example-com-dev-tls.yaml"));
        var pem = Encoding.ASCII.GetString(Convert.FromBase64String(CertificateValue().Match(manifest).Groups["base64"].Value));
        return X509Certificate2.CreateFromPem(pem);
    }

    [GeneratedRegex(@"tls\.crt:\s*(?<base64>[A-Za-z0-9+/=]+)")]
    private static partial Regex CertificateValue();
}
