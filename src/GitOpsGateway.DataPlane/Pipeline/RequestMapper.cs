using GitOpsGateway.Routing;
using GitOpsGateway.Routing.Headers;
using GitOpsGateway.Routing.Matching;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core.Features;

namespace GitOpsGateway.DataPlane.Pipeline;

/// <summary>Describes an ASP.NET Core request to the router.</summary>
internal static class RequestMapper
{
    public static RouteRequest ToRouteRequest(HttpContext context, int listenerPort, IRequestHeaders headers)
    {
        var request = context.Request;
        return new RouteRequest
        {
            Port = listenerPort,
            Scheme = request.IsHttps ? RequestScheme.Https : RequestScheme.Http,
            ServerName = request.IsHttps ? ServerName(context) : null,
            Host = request.Host.HasValue ? request.Host.Value : null,
            Method = request.Method,
            Path = request.Path.Value,
            WirePath = WirePath.FromRawTarget(context.Features.Get<IHttpRequestFeature>()?.RawTarget, request.Path.Value),
            Query = request.QueryString.Value,
            Headers = headers,
        };
    }

    /// <summary>Kestrel leaves <c>ITlsHandshakeFeature.HostName</c> empty; the server's SslStream knows the SNI.</summary>
    private static string? ServerName(HttpContext context) =>
        context.Features.Get<ISslStreamFeature>()?.SslStream.TargetHostName is { Length: > 0 } name ? name : null;
}
