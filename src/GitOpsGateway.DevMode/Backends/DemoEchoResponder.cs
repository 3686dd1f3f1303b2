using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace GitOpsGateway.DevMode.Backends;

/// <summary>
/// Answers every request with JSON saying which backend answered and what it received (method, path, query,
/// host, headers, protocol): enough to see routing, header filters and traffic splits at work with <c>curl</c>.
/// </summary>
internal sealed class DemoEchoResponder(IReadOnlyDictionary<int, string> namesByPort)
{
    private long requests;

    public async Task HandleAsync(HttpContext context)
    {
        var number = Interlocked.Increment(ref requests);
        var request = context.Request;
        context.Response.ContentType = "application/json";
        var writer = new Utf8JsonWriter(context.Response.BodyWriter, new JsonWriterOptions { Indented = true });
        await using (writer)
        {
            writer.WriteStartObject();
            writer.WriteString("backend", namesByPort.GetValueOrDefault(context.Connection.LocalPort, "unknown"));
            writer.WriteString("method", request.Method);
            writer.WriteString("path", request.Path.Value ?? "/");
            writer.WriteString("query", request.QueryString.Value ?? string.Empty);
            writer.WriteString("rawTarget", context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? string.Empty);
            writer.WriteString("host", request.Host.Value);
            writer.WriteString("protocol", request.Protocol);
            writer.WriteNumber("requestNumber", number);
            writer.WriteStartObject("headers");
            foreach (var (name, values) in request.Headers)
            {
                writer.WriteStartArray(name);
                foreach (var value in values)
                {
                    writer.WriteStringValue(value);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        await context.Response.BodyWriter.WriteAsync("\n"u8.ToArray(), context.RequestAborted);
    }
}
