using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core.Features;

namespace GitOpsGateway.Testing.Echo;

/// <summary>Answers every request with <see cref="EchoResponse"/> JSON, shaped by the query and headers it carries.</summary>
internal sealed class EchoRequestHandler(string backendName, AwaitableLog<EchoResponse>? received)
{
    public const string SetHeaderRequestHeader = "X-Echo-Set-Header";

    private long requestCount;

    public long RequestCount => Interlocked.Read(ref requestCount);

    public async Task HandleAsync(HttpContext context)
    {
        var echo = Describe(context, Interlocked.Increment(ref requestCount));
        received?.Append(echo);

        if (context.WebSockets.IsWebSocketRequest)
        {
            using var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
            await WebSocketEcho.RunAsync(socket, context.RequestAborted).ConfigureAwait(false);
            return;
        }

        if (context.Request.Query.TryGetValue("delay", out var delayText))
        {
            if (!GoDuration.TryParse(delayText.ToString(), out var delay))
            {
                await RejectAsync(context, $"delay={delayText} is not a duration like 500ms or 1s.").ConfigureAwait(false);
                return;
            }

            await Task.Delay(delay, context.RequestAborted).ConfigureAwait(false);
        }

        var status = StatusFromPath(context.Request.Path);
        if (status is null)
        {
            await RejectAsync(context, "/status/NNN needs a status code between 200 and 599.").ConfigureAwait(false);
            return;
        }

        context.Response.StatusCode = status.Value;
        foreach (var (name, value) in RequestedResponseHeaders(context.Request.Headers[SetHeaderRequestHeader]))
        {
            context.Response.Headers.Append(name, value);
        }

        if (HttpMethods.IsHead(context.Request.Method) || status is 204 or 304)
        {
            return;
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(echo.ToJson(), context.RequestAborted).ConfigureAwait(false);
    }

    private EchoResponse Describe(HttpContext context, long requestNumber)
    {
        var request = context.Request;
        return new EchoResponse
        {
            Backend = backendName,
            Method = request.Method,
            Path = request.PathBase.Add(request.Path).Value ?? "/",
            Query = request.QueryString.Value ?? string.Empty,
            RawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? string.Empty,
            Host = request.Host.Value ?? string.Empty,
            Headers = request.Headers.ToDictionary(
                header => header.Key,
                header => (IReadOnlyList<string>)header.Value.Select(value => value ?? string.Empty).ToList(),
                StringComparer.OrdinalIgnoreCase),
            Protocol = request.Protocol,
            TlsServerName = ServerName(context),
            RequestNumber = requestNumber,
        };
    }

    /// <summary>The SNI name, read from the server's SslStream: Kestrel leaves ITlsHandshakeFeature.HostName empty.</summary>
    private static string? ServerName(HttpContext context) =>
        context.Features.Get<ISslStreamFeature>()?.SslStream.TargetHostName is { Length: > 0 } name ? name : null;

    /// <summary>200 unless the path ends in <c>/status/NNN</c>; null when NNN is not a usable status.</summary>
    private static int? StatusFromPath(PathString path)
    {
        var segments = (path.Value ?? string.Empty).Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length < 2 || segments[^2] != "status")
        {
            return 200;
        }

        return int.TryParse(segments[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var status)
            && status is >= 200 and <= 599
            ? status
            : null;
    }

    /// <summary>Reads <c>name:value</c> pairs, comma-separated, from every instance of the header.</summary>
    private static IEnumerable<(string Name, string Value)> RequestedResponseHeaders(IEnumerable<string?> headerValues) =>
        headerValues
            .SelectMany(value => (value ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(pair => pair.Split(':', 2, StringSplitOptions.TrimEntries))
            .Where(parts => parts.Length == 2 && parts[0].Length > 0)
            .Select(parts => (parts[0], parts[1]));

    private static async Task RejectAsync(HttpContext context, string reason)
    {
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        await context.Response.WriteAsync(reason, context.RequestAborted).ConfigureAwait(false);
    }
}
