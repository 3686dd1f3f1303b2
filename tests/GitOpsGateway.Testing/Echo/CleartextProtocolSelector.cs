using System.Buffers;
using System.IO.Pipelines;
using Microsoft.AspNetCore.Connections;

namespace GitOpsGateway.Testing.Echo;

/// <summary>
/// Serves HTTP/1.1 and HTTP/2 with prior knowledge (h2c) on one cleartext port. Kestrel cannot: an
/// <c>Http1AndHttp2</c> endpoint without TLS speaks HTTP/1.1 only and answers the HTTP/2 preface with
/// GOAWAY HTTP_1_1_REQUIRED (measured on .NET 10). So a second, HTTP/2-only endpoint is bound only to obtain
/// Kestrel's HTTP/2 connection pipeline, and connections on the public endpoint that open with the HTTP/2
/// preface are handed to that pipeline; all others continue to the HTTP/1.1 one.
/// </summary>
internal sealed class CleartextProtocolSelector
{
    private static readonly byte[] Http2Preface = "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"u8.ToArray();

    private ConnectionDelegate? http2Pipeline;

    /// <summary>Middleware for the HTTP/2-only endpoint: remembers the pipeline after it.</summary>
    public ConnectionDelegate CaptureHttp2Pipeline(ConnectionDelegate next)
    {
        http2Pipeline = next;
        return next;
    }

    /// <summary>Middleware for the public endpoint: peeks at the first bytes without consuming them.</summary>
    public ConnectionDelegate SelectByPreface(ConnectionDelegate http1Pipeline) => async connection =>
    {
        var opensWithPreface = await OpensWithHttp2PrefaceAsync(connection).ConfigureAwait(false);
        await (opensWithPreface && http2Pipeline is not null ? http2Pipeline : http1Pipeline)(connection).ConfigureAwait(false);
    };

    private static async Task<bool> OpensWithHttp2PrefaceAsync(ConnectionContext connection)
    {
        var input = connection.Transport.Input;
        while (true)
        {
            ReadResult read;
            try
            {
                read = await input.ReadAsync(connection.ConnectionClosed).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return false;
            }

            var buffer = read.Buffer;
            var seen = buffer.Slice(0, Math.Min(buffer.Length, Http2Preface.Length)).ToArray();
            var stillPossible = Http2Preface.AsSpan(0, seen.Length).SequenceEqual(seen);
            if (!stillPossible || seen.Length == Http2Preface.Length || read.IsCompleted || read.IsCanceled)
            {
                // Consume nothing: the chosen pipeline reads the connection from its first byte.
                input.AdvanceTo(buffer.Start);
                return stillPossible && seen.Length == Http2Preface.Length;
            }

            // A strict prefix of the preface so far: wait for more bytes before choosing.
            input.AdvanceTo(buffer.Start, buffer.End);
        }
    }
}
