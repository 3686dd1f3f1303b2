using Yarp.ReverseProxy.Transforms;

namespace GitOpsGateway.DataPlane.Pipeline;

/// <summary>
/// Sends the router's wire-form path to the backend byte for byte. YARP would otherwise rebuild the address from
/// <c>HttpRequest.Path</c>, whose decoded form keeps <c>%2F</c> as written and so turns it into <c>%252F</c>, and
/// <see cref="Uri"/> would unescape or resolve what the client sent.
/// </summary>
internal static class WirePathTransform
{
    public static ValueTask ApplyAsync(RequestTransformContext context)
    {
        if (context.HttpContext.Features.Get<ForwardContext>() is { } forward)
        {
            context.ProxyRequest.RequestUri = UpstreamAddress.For(
                context.DestinationPrefix, forward.Decision.Path, context.Query.QueryString.ToUriComponent());
        }

        return ValueTask.CompletedTask;
    }
}
