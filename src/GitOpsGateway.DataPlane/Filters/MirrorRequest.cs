using System.Net;
using GitOpsGateway.DataPlane.Pipeline;
using Microsoft.AspNetCore.Http;
using Yarp.ReverseProxy.Model;

namespace GitOpsGateway.DataPlane.Filters;

/// <summary>A copy of the request as it is about to be forwarded (path, query, Host and headers after the rule's filters).</summary>
internal static class MirrorRequest
{
    private static readonly HashSet<string> NotCopied = new(StringComparer.OrdinalIgnoreCase)
    {
        "Host", "Connection", "Keep-Alive", "Proxy-Connection", "TE", "Trailer", "Transfer-Encoding", "Upgrade",
        "Content-Length",
    };

    public static HttpRequestMessage Build(HttpContext context, ClusterState cluster, DestinationState destination, ReplayableBody body)
    {
        var request = context.Request;
        var requestConfig = cluster.Model.Config.HttpRequest;
        var path = context.Features.Get<ForwardContext>()?.Decision.Path ?? request.Path.ToUriComponent();
        var address = UpstreamAddress.For(destination.Model.Config.Address, path, request.QueryString.ToUriComponent());
        var message = new HttpRequestMessage(new HttpMethod(request.Method), address)
        {
            Version = requestConfig?.Version ?? HttpVersion.Version11,
            VersionPolicy = requestConfig?.VersionPolicy ?? HttpVersionPolicy.RequestVersionOrLower,
        };
        if (!body.IsEmpty)
        {
            message.Content = new ByteArrayContent(body.Content);
        }

        foreach (var (name, values) in request.Headers)
        {
            if (NotCopied.Contains(name) || name.StartsWith(':'))
            {
                continue;
            }

            if (!message.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values))
            {
                message.Content?.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values);
            }
        }

        if (request.Host.HasValue)
        {
            message.Headers.Host = request.Host.Value;
        }

        return message;
    }
}
