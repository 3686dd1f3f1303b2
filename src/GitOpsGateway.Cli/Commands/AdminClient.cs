using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using GitOpsGateway.Cli.Configuration;
using GitOpsGateway.Cli.Frame;

namespace GitOpsGateway.Cli.Commands;

/// <summary>
/// Calls the control plane's admin API and turns every failure into one sentence with its exit code: the server
/// unreachable, the token refused, nothing found, the request refused.
/// </summary>
internal sealed class AdminClient : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>Answers carry manifests as deep as the loader accepts (64 levels) inside levels of their own; 64 in all would refuse them.</summary>
    private static readonly JsonDocumentOptions AnswerDocument = new() { MaxDepth = 256 };

    private readonly HttpClient http;
    private readonly Uri server;

    /// <param name="onBehalfOf">
    /// Sent as <c>X-On-Behalf-Of</c>: the person automation acts for. The journal records it as a note beside the
    /// identity the token authenticates, never instead of it.
    /// </param>
    public AdminClient(ConnectionSettings connection, string? onBehalfOf)
    {
        server = connection.ServerUri
            ?? throw new CliException("No control plane is set: pass --server, set $GGCTL_SERVER, or run 'ggctl config set server URL'.");
        http = new HttpClient { BaseAddress = server, Timeout = Timeout };
        if (connection.Token.Value is { } token)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (onBehalfOf is not null)
        {
            http.DefaultRequestHeaders.Add("X-On-Behalf-Of", onBehalfOf);
        }
    }

    public Task<JsonNode> GetAsync(string path, CancellationToken cancellationToken) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative)), cancellationToken);

    public Task<JsonNode> PostAsync(string path, object body, CancellationToken cancellationToken) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = JsonContent.Create(body) }, cancellationToken);

    public void Dispose() => http.Dispose();

    private async Task<JsonNode> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (request)
        {
            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request, cancellationToken);
            }
            catch (HttpRequestException exception)
            {
                throw new CliException($"The control plane at {server} is unreachable ({exception.Message}).", ExitCodes.ServerUnreachable, exception);
            }
            catch (TaskCanceledException exception) when (!cancellationToken.IsCancellationRequested)
            {
                throw new CliException($"The control plane at {server} did not answer within {Timeout.TotalSeconds:0} seconds.", ExitCodes.ServerUnreachable, exception);
            }

            using (response)
            {
                var text = await response.Content.ReadAsStringAsync(cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return JsonNode.Parse(text.Length == 0 ? "{}" : text, documentOptions: AnswerDocument)!;
                }

                throw Failure(response.StatusCode, Message(text) ?? Challenge(response));
            }
        }
    }

    private CliException Failure(HttpStatusCode status, string? message) => status switch
    {
        HttpStatusCode.Unauthorized =>
            new CliException($"The control plane at {server} refused the token (401{(message is null ? string.Empty : ": " + message)}): pass --token, set $GGCTL_TOKEN, or run 'ggctl config set token'.", ExitCodes.Unauthorized),
        HttpStatusCode.Forbidden => new CliException($"The control plane refused the request (403): {message ?? "the token's role or scopes do not allow it."}", ExitCodes.Unauthorized),
        HttpStatusCode.NotFound => new CliException(message ?? "Not found.", ExitCodes.NotFound),
        HttpStatusCode.BadRequest or HttpStatusCode.Conflict => new CliException(message ?? "The control plane refused the request.", ExitCodes.UsageOrInput),
        _ => new CliException($"The control plane answered {(int)status}{(message is null ? "." : ": " + message)}", ExitCodes.ServerUnreachable),
    };

    /// <summary>Why a 401 refused the token, from <c>WWW-Authenticate: Bearer error_description="..."</c>.</summary>
    private static string? Challenge(HttpResponseMessage response)
    {
        const string Marker = "error_description=\"";
        var header = string.Join(", ", response.Headers.WwwAuthenticate.Select(value => value.ToString()));
        var start = header.IndexOf(Marker, StringComparison.Ordinal);
        var end = start < 0 ? -1 : header.IndexOf('"', start + Marker.Length);
        return end < 0 ? null : header[(start + Marker.Length)..end];
    }

    /// <summary>
    /// The admin API answers errors with a JSON string, or problem details whose <c>detail</c> says why; anything else
    /// is shown as it came.
    /// </summary>
    private static string? Message(string text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(text) switch
            {
                JsonValue value when value.TryGetValue<string>(out var message) => message,
                JsonObject problem when problem["detail"] is JsonValue detail && detail.TryGetValue<string>(out var message) => message,
                _ => text,
            };
        }
        catch (System.Text.Json.JsonException)
        {
            return text;
        }
    }
}
