using System.Buffers;
using System.Buffers.Binary;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging;

namespace GitOpsGateway.DataPlane.Tests.Support;

/// <summary>
/// A minimal gRPC server over h2c: every unary call gets its own request message back, framed as gRPC frames it,
/// with <c>grpc-status: 0</c> in the trailers.
/// </summary>
internal sealed class GrpcEchoServer : IAsyncDisposable
{
    private readonly WebApplication _application;

    private GrpcEchoServer(WebApplication application, int port)
    {
        _application = application;
        Port = port;
    }

    public int Port { get; }

    public static async Task<GrpcEchoServer> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2));
        var application = builder.Build();
        application.Run(EchoAsync);
        await application.StartAsync(cancellationToken);
        var port = new Uri(application.Urls.First()).Port;
        return new GrpcEchoServer(application, port);
    }

    public async ValueTask DisposeAsync() => await _application.DisposeAsync();

    private static async Task EchoAsync(HttpContext context)
    {
        // One length-prefixed message: the whole request body, framing included, is a valid response body.
        var request = await context.Request.BodyReader.ReadAtLeastAsync(5, context.RequestAborted);
        var length = (int)BinaryPrimitives.ReadUInt32BigEndian(request.Buffer.Slice(1, 4).ToArray());
        context.Request.BodyReader.AdvanceTo(request.Buffer.Start);
        var message = await context.Request.BodyReader.ReadAtLeastAsync(5 + length, context.RequestAborted);
        var frame = message.Buffer.Slice(0, 5 + length).ToArray();
        context.Request.BodyReader.AdvanceTo(message.Buffer.End);

        context.Response.ContentType = "application/grpc";
        await context.Response.Body.WriteAsync(frame, context.RequestAborted);
        context.Response.AppendTrailer("grpc-status", "0");
    }
}
