using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace GitOpsGateway.Testing.Echo;

/// <summary>
/// A Kestrel server on 127.0.0.1 with a port of its own that answers every request with <see cref="EchoResponse"/>
/// JSON (HTTP/1.1 and HTTP/2 on one port: h2c by prior knowledge on cleartext, ALPN over TLS; WebSocket echo on any path).
/// <c>?delay=500ms</c> delays the answer, a path ending in <c>/status/NNN</c> sets the status, and
/// <c>X-Echo-Set-Header: name:value, other:value</c> adds response headers.
/// </summary>
public sealed class EchoBackend : IAsyncDisposable
{
    private readonly WebApplication application;
    private readonly EchoRequestHandler handler;
    private readonly AwaitableLog<EchoResponse> received;
    private readonly X509Certificate2? ownedCertificate;

    private EchoBackend(
        string name,
        int port,
        WebApplication application,
        EchoRequestHandler handler,
        AwaitableLog<EchoResponse> received,
        X509Certificate2? certificate,
        bool ownsCertificate)
    {
        Name = name;
        this.application = application;
        this.handler = handler;
        this.received = received;
        Certificate = certificate;
        ownedCertificate = ownsCertificate ? certificate : null;
        Port = port;
        Url = new Uri($"{(certificate is null ? "http" : "https")}://127.0.0.1:{Port}/");
    }

    public string Name { get; }

    /// <summary><c>http://127.0.0.1:PORT/</c>, or https when serving TLS.</summary>
    public Uri Url { get; }

    public int Port { get; }

    /// <summary>The certificate served over HTTPS (trust it by thumbprint in clients), or null for cleartext.</summary>
    public X509Certificate2? Certificate { get; }

    public long RequestCount => handler.RequestCount;

    /// <summary>Every request so far, in arrival order, recorded when it arrived (before any delay).</summary>
    public IReadOnlyList<EchoResponse> Received => received.Snapshot();

    public static async Task<EchoBackend> StartAsync(
        string name,
        EchoBackendOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        options ??= new EchoBackendOptions();
        var certificate = options.UseHttps
            ? options.Certificate ?? SelfSignedCertificate.Create(options.CertificateDnsNames)
            : null;
        var ownsCertificate = certificate is not null && options.Certificate is null;

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = "EchoBackend" });
        builder.WebHost.UseKestrelCore();
        ListenOptions? publicEndpoint = null;
        var cleartextSelector = new CleartextProtocolSelector();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0, listen =>
            {
                publicEndpoint = listen;
                listen.Protocols = HttpProtocols.Http1AndHttp2;
                if (certificate is null)
                {
                    listen.Use(cleartextSelector.SelectByPreface);
                }
                else
                {
                    listen.UseHttps(certificate);
                }
            });
            if (certificate is null)
            {
                kestrel.Listen(IPAddress.Loopback, 0, listen =>
                {
                    listen.Protocols = HttpProtocols.Http2;
                    listen.Use(cleartextSelector.CaptureHttp2Pipeline);
                });
            }
        });

        var application = builder.Build();
        var received = new AwaitableLog<EchoResponse>();
        var handler = new EchoRequestHandler(name, options.RecordRequests ? received : null);
        application.UseWebSockets();
        application.Run(handler.HandleAsync);
        try
        {
            await application.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await application.DisposeAsync().ConfigureAwait(false);
            if (ownsCertificate)
            {
                certificate!.Dispose();
            }

            throw;
        }

        return new EchoBackend(name, publicEndpoint!.IPEndPoint!.Port, application, handler, received, certificate, ownsCertificate);
    }

    /// <summary>Waits for a request matching the condition, including one that has already arrived.</summary>
    /// <exception cref="TimeoutException">None arrived within the timeout.</exception>
    public async Task<EchoResponse> WaitForRequestAsync(
        Func<EchoResponse, bool> condition,
        TimeSpan timeout,
        CancellationToken cancellationToken = default)
    {
        try
        {
            return await received.WaitForAsync(condition, timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            var paths = string.Join(", ", received.Snapshot().Select(request => request.Method + " " + request.Path));
            throw new TimeoutException($"Echo backend {Name} saw no matching request within {timeout}; it saw: [{paths}].");
        }
    }

    public Task<EchoResponse> WaitForPathAsync(string path, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        WaitForRequestAsync(request => request.Path == path, timeout, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await application.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await application.DisposeAsync().ConfigureAwait(false);
        ownedCertificate?.Dispose();
    }
}
