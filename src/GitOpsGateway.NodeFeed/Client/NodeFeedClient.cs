using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using GitOpsGateway.NodeFeed.Protocol;

namespace GitOpsGateway.NodeFeed.Client;

/// <summary>The two HTTP calls a node makes: open its feed, post a report.</summary>
internal sealed class NodeFeedClient
{
    private readonly HttpClient http;
    private readonly FeedSubscriberOptions options;
    private readonly Uri feedUri;
    private readonly Uri reportsUri;

    public NodeFeedClient(HttpClient http, FeedSubscriberOptions options)
    {
        this.http = http;
        this.options = options;
        var root = options.ControlPlane.AbsoluteUri.EndsWith('/') ? options.ControlPlane : new Uri(options.ControlPlane.AbsoluteUri + "/");
        var gateway = Uri.EscapeDataString(GatewayKey.Format(options.Gateway));
        feedUri = new Uri(root, $"feed?gateway={gateway}&node={Uri.EscapeDataString(options.NodeId)}");
        reportsUri = new Uri(root, "reports");
    }

    /// <summary>The response once its headers say a stream follows; the caller reads and disposes it.</summary>
    /// <exception cref="FeedUnavailableException">Any status other than 200 with an event stream.</exception>
    public async Task<HttpResponseMessage> OpenFeedAsync(long? lastEventId, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, feedUri);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.NodeToken);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(SseFrames.ContentType));
        if (lastEventId is { } id)
        {
            request.Headers.Add("Last-Event-ID", id.ToString(CultureInfo.InvariantCulture));
        }

        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (response.IsSuccessStatusCode && response.Content.Headers.ContentType?.MediaType == SseFrames.ContentType)
        {
            return response;
        }

        var problem = $"The feed answered {(int)response.StatusCode} {response.ReasonPhrase} "
            + $"({response.Content.Headers.ContentType?.MediaType ?? "no content type"}) instead of an event stream.";
        response.Dispose();
        throw new FeedUnavailableException(problem);
    }

    /// <exception cref="HttpRequestException">The report was not accepted.</exception>
    public async Task PostReportAsync(NodeReport report, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.ReportTimeout);
        using var request = new HttpRequestMessage(HttpMethod.Post, reportsUri)
        {
            Content = JsonContent.Create(report, NodeFeedJsonContext.Default.NodeReport),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.NodeToken);
        using var response = await http.SendAsync(request, timeout.Token);
        response.EnsureSuccessStatusCode();
    }
}
