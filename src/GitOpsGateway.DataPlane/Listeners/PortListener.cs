using System.Net;
using GitOpsGateway.DataPlane.L4;
using GitOpsGateway.DataPlane.Tls;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GitOpsGateway.DataPlane.Listeners;

/// <summary>
/// One Kestrel server for one listener port: opening or closing a port touches no other port, binding errors
/// surface to the caller at once, and a closing port drains its own requests (ADR 0005).
/// </summary>
internal sealed class PortListener
{
    private readonly KestrelServer _server;
    private readonly PrivateHttp2Socket? _http2Socket;

    private PortListener(PortListenerSpec spec, KestrelServer server, PrivateHttp2Socket? http2Socket)
    {
        Spec = spec;
        _server = server;
        _http2Socket = http2Socket;
    }

    public PortListenerSpec Spec { get; }

    public static async Task<PortListener> StartAsync(
        PortListenerSpec spec,
        IPAddress bindAddress,
        IHttpApplication<HttpContext> application,
        TlsHandshake tls,
        L4Proxy l4,
        IServiceProvider kestrelServices,
        ILoggerFactory loggerFactory,
        CancellationToken cancellationToken)
    {
        var options = new KestrelServerOptions { ApplicationServices = kestrelServices, AddServerHeader = false };
        var cleartext = spec.Kind == PortKind.Http ? new CleartextHttp2Selector() : null;
        options.Listen(bindAddress, spec.LocalPort, listen =>
        {
            switch (spec.Kind)
            {
                case PortKind.Https:
                    listen.Protocols = HttpProtocols.Http1AndHttp2;
                    listen.UseHttps(new TlsHandshakeCallbackOptions
                    {
                        OnConnection = context => tls.SelectAsync(spec.ListenerPort, context),
                    });
                    break;
                case PortKind.TlsTerminate:
                    listen.UseHttps(new TlsHandshakeCallbackOptions
                    {
                        OnConnection = context => tls.SelectTerminatingAsync(spec.ListenerPort, context),
                    });

                    // After the TLS middleware, a terminal handler gets the decrypted stream.
                    listen.Use(_ => connection => l4.HandleAsync(connection, spec.ListenerPort, L4Mode.TlsTerminated));
                    break;
                case PortKind.TlsPassthrough:
                    // A terminal connection handler: Kestrel's HTTP layer never sees these bytes.
                    listen.Use(_ => connection => l4.HandleAsync(connection, spec.ListenerPort, L4Mode.TlsPassthrough));
                    break;
                case PortKind.Tcp:
                    listen.Use(_ => connection => l4.HandleAsync(connection, spec.ListenerPort, L4Mode.Tcp));
                    break;
                default:
                    // HTTP/1.1 (WebSockets upgrade from it), and HTTP/2 with prior knowledge by its preface.
                    listen.Protocols = HttpProtocols.Http1;
                    listen.Use(cleartext!.SelectByPreface);
                    break;
            }
        });
        var http2Socket = cleartext is null ? null : PrivateHttp2Socket.Create();
        if (http2Socket is not null)
        {
            options.Listen(http2Socket.EndPoint, listen =>
            {
                listen.Protocols = HttpProtocols.Http2;
                listen.Use(cleartext!.CaptureHttp2Pipeline);
            });
        }

        var transport = new SocketTransportFactory(Options.Create(new SocketTransportOptions()), loggerFactory);
        var server = new KestrelServer(Options.Create(options), transport, loggerFactory);
        try
        {
            await server.StartAsync(application, cancellationToken);
        }
        catch
        {
            server.Dispose();
            http2Socket?.Release();
            throw;
        }

        return new PortListener(spec, server, http2Socket);
    }

    /// <summary>Stops accepting at once; requests in flight get <paramref name="drainTimeout"/> to finish.</summary>
    public async Task StopAsync(TimeSpan drainTimeout)
    {
        using var drain = new CancellationTokenSource(drainTimeout);
        try
        {
            await _server.StopAsync(drain.Token);
        }
        finally
        {
            _server.Dispose();
            _http2Socket?.Release();
        }
    }
}
