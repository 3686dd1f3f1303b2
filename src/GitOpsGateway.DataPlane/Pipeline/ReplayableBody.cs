using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace GitOpsGateway.DataPlane.Pipeline;

/// <summary>
/// A request body that can be sent more than once (retries, mirrors): a request that cannot have a body, or one
/// whose declared length is within the limit and is read into memory before forwarding. Streaming bodies of
/// unknown or larger length are forwarded once and never copied.
/// </summary>
internal sealed class ReplayableBody
{
    private static readonly ReplayableBody None = new([]);

    private ReplayableBody(byte[] content) => Content = content;

    public byte[] Content { get; }

    public bool IsEmpty => Content.Length == 0;

    public static async Task<ReplayableBody?> ReadAsync(HttpContext context, int limit)
    {
        var request = context.Request;
        if (context.Features.Get<IHttpRequestBodyDetectionFeature>() is { CanHaveBody: false })
        {
            return None;
        }

        if (request.ContentLength is not { } length || length > limit)
        {
            return null;
        }

        request.EnableBuffering(bufferThreshold: limit, bufferLimit: limit);
        var content = new byte[length];
        await request.Body.ReadExactlyAsync(content, context.RequestAborted);
        request.Body.Position = 0;
        return new ReplayableBody(content);
    }

    /// <summary>Before another attempt: the forwarder reads the buffered body again from its start.</summary>
    public static void Rewind(HttpContext context)
    {
        if (context.Request.Body.CanSeek)
        {
            context.Request.Body.Position = 0;
        }
    }
}
