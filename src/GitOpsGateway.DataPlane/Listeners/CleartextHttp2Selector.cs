using System.Buffers;
using System.IO.Pipelines;
using Microsoft.AspNetCore.Connections;

namespace GitOpsGateway.DataPlane.Listeners;

/// <summary>
/// HTTP/1.1 and HTTP/2 with prior knowledge (h2c, what gRPC clients speak without TLS) on one cleartext port.
/// Kestrel picks the protocol of a cleartext connection from the endpoint alone: an <c>Http1AndHttp2</c> endpoint
/// without TLS is HTTP/1.1 only and answers the HTTP/2 preface with GOAWAY. So the port's endpoint stays HTTP/1.1,
/// a second, HTTP/2-only endpoint on a <see cref="PrivateHttp2Socket"/> lends its connection pipeline
/// (<see cref="CaptureHttp2Pipeline"/>), and each connection on the port that opens with the HTTP/2 preface is
/// handed to that pipeline (<see cref="SelectByPreface"/>). The bytes read to decide are not consumed.
/// </summary>
internal sealed class CleartextHttp2Selector
{
    /// <summary>A client that sends nothing for this long is left to HTTP/1.1 and its own request timeouts.</summary>
    private static readonly TimeSpan FirstBytesTimeout = TimeSpan.FromSeconds(10);

    private static readonly byte[] Preface = "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"u8.ToArray();

    private ConnectionDelegate? _http2;

    /// <summary>Connection middleware of the HTTP/2-only endpoint: keeps the pipeline that follows it.</summary>
    public ConnectionDelegate CaptureHttp2Pipeline(ConnectionDelegate next)
    {
        _http2 = next;
        return next;
    }

    /// <summary>Connection middleware of the port's HTTP/1.1 endpoint.</summary>
    public ConnectionDelegate SelectByPreface(ConnectionDelegate http1) => async connection =>
    {
        var http2 = Volatile.Read(ref _http2);
        var pipeline = http2 is not null && await OpensWithPrefaceAsync(connection) ? http2 : http1;
        await pipeline(connection);
    };

    private static async Task<bool> OpensWithPrefaceAsync(ConnectionContext connection)
    {
        var input = connection.Transport.Input;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(connection.ConnectionClosed);
        timeout.CancelAfter(FirstBytesTimeout);
        while (true)
        {
            ReadResult read;
            try
            {
                read = await input.ReadAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                return false;
            }

            var (matches, complete) = Compare(read.Buffer);
            if (!matches || complete || read.IsCompleted || read.IsCanceled)
            {
                input.AdvanceTo(read.Buffer.Start);
                return matches && complete;
            }

            // Everything so far is a prefix of the preface: examined, not consumed, so the next read waits for more.
            input.AdvanceTo(read.Buffer.Start, read.Buffer.End);
        }
    }

    private static (bool Matches, bool Complete) Compare(ReadOnlySequence<byte> buffer)
    {
        var length = (int)Math.Min(buffer.Length, Preface.Length);
        Span<byte> seen = stackalloc byte[Preface.Length];
        buffer.Slice(0, length).CopyTo(seen);
        return (seen[..length].SequenceEqual(Preface.AsSpan(0, length)), length == Preface.Length);
    }
}
