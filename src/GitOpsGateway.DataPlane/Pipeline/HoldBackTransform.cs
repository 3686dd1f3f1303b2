using Yarp.ReverseProxy.Transforms;

namespace GitOpsGateway.DataPlane.Pipeline;

/// <summary>
/// Runs when YARP has a backend's response (or failed to get one) and before anything reaches the client: when
/// the status is one the rule retries and attempts remain, the response is held back (its body discarded), so
/// the attempt middleware can try again as if it had never been.
/// </summary>
internal static class HoldBackTransform
{
    public static ValueTask ApplyAsync(ResponseTransformContext context)
    {
        var forward = context.HttpContext.Features.Get<ForwardContext>();
        if (forward is not { MayHoldBack: true })
        {
            return ValueTask.CompletedTask;
        }

        // Without a response YARP has set 502 or 504 itself: a connection error is retried when the rule lists it.
        var status = context.ProxyResponse is { } response ? (int)response.StatusCode : context.HttpContext.Response.StatusCode;
        if (forward.RetryCodes.Contains(status))
        {
            context.SuppressResponseBody = true;
            forward.HeldBack = true;
        }

        return ValueTask.CompletedTask;
    }
}
