using GitOpsGateway.DataPlane.Configuration;
using Microsoft.AspNetCore.Http;
using Yarp.ReverseProxy.Forwarder;
using Yarp.ReverseProxy.Model;

namespace GitOpsGateway.DataPlane.Pipeline;

/// <summary>
/// The first step of YARP's proxy pipeline: points YARP at the cluster our router chose, then runs the rest of
/// the pipeline once per attempt. The rule's <c>request</c> timeout spans every attempt and backoff; its
/// <c>backendRequest</c> timeout spans one attempt. Both answer 504 while nothing has been sent to the client, and
/// abort the response after. A response with a listed retry code is held back and retried while attempts remain
/// and the body can be replayed (see <see cref="ReplayableBody"/>).
/// </summary>
internal sealed class AttemptMiddleware(RequestDelegate next, DataPlaneOptions options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var forward = context.Features.Get<ForwardContext>();
        if (forward is null)
        {
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return;
        }

        var timeouts = forward.Decision.Timeouts;
        var retries = forward.RetryCodes.IsEmpty || forward.Body is null
            ? 0
            : forward.Decision.Retry?.Attempts ?? options.DefaultRetryAttempts;
        var clientAborted = context.RequestAborted;
        using var whole = Timeout(timeouts?.Request);
        using var requestScope = CancellationTokenSource.CreateLinkedTokenSource(clientAborted, whole?.Token ?? CancellationToken.None);
        try
        {
            for (var attempt = 0; ; attempt++)
            {
                var mayRetry = attempt < retries;
                var outcome = await AttemptAsync(context, forward, timeouts?.BackendRequest, requestScope.Token, mayRetry);
                if (outcome == AttemptOutcome.Done || clientAborted.IsCancellationRequested)
                {
                    return;
                }

                if (outcome == AttemptOutcome.RequestEnded)
                {
                    AnswerTimeout(context);
                    return;
                }

                if (outcome == AttemptOutcome.TimedOut
                    && !(mayRetry && forward.RetryCodes.Contains(StatusCodes.Status504GatewayTimeout)))
                {
                    AnswerTimeout(context);
                    return;
                }

                context.Response.Clear();
                await Task.Delay(Backoff(forward, attempt), requestScope.Token);
            }
        }
        catch (OperationCanceledException) when (requestScope.IsCancellationRequested)
        {
            // Cancelled during a backoff: by the request timeout (answer 504) or by the client (nobody to answer).
            if (!clientAborted.IsCancellationRequested)
            {
                AnswerTimeout(context);
            }
        }
        finally
        {
            context.RequestAborted = clientAborted;
        }
    }

    private async Task<AttemptOutcome> AttemptAsync(
        HttpContext context, ForwardContext forward, TimeSpan? backendTimeout, CancellationToken requestScope, bool mayRetry)
    {
        using var attemptTimeout = Timeout(backendTimeout);
        using var attemptScope = CancellationTokenSource.CreateLinkedTokenSource(requestScope, attemptTimeout?.Token ?? CancellationToken.None);

        // YARP cancels the upstream exchange when RequestAborted fires, as ASP.NET Core's request timeouts do.
        var clientAborted = context.RequestAborted;
        context.RequestAborted = attemptScope.Token;
        forward.MayHoldBack = mayRetry;
        forward.HeldBack = false;
        context.Features.Set<IForwarderErrorFeature>(null);
        ReplayableBody.Rewind(context);
        context.ReassignProxyRequest(forward.Cluster);
        try
        {
            await next(context);
        }
        finally
        {
            // The attempt's token source is disposed when this method returns; nothing may hold its token after.
            context.RequestAborted = clientAborted;
        }

        if (requestScope.IsCancellationRequested)
        {
            // The whole request's budget is spent, or the client left.
            return AttemptOutcome.RequestEnded;
        }

        if (attemptTimeout?.IsCancellationRequested == true)
        {
            if (context.Response.HasStarted)
            {
                context.Abort();
                return AttemptOutcome.Done;
            }

            return AttemptOutcome.TimedOut;
        }

        return forward.HeldBack ? AttemptOutcome.HeldBack : AttemptOutcome.Done;
    }

    private TimeSpan Backoff(ForwardContext forward, int attempt)
    {
        var first = forward.Decision.Retry?.Backoff ?? options.DefaultRetryBackoff;
        return first * Math.Pow(2, Math.Min(attempt, 6));
    }

    private static void AnswerTimeout(HttpContext context)
    {
        if (context.Response.HasStarted)
        {
            context.Abort();
            return;
        }

        context.Response.Clear();
        context.Response.StatusCode = StatusCodes.Status504GatewayTimeout;
    }

    /// <summary>Null for no timeout: unset, or zero (the Gateway API's "disabled").</summary>
    private static CancellationTokenSource? Timeout(TimeSpan? timeout) =>
        timeout is { } value && value > TimeSpan.Zero ? new CancellationTokenSource(value) : null;

    private enum AttemptOutcome
    {
        Done,
        HeldBack,
        TimedOut,
        RequestEnded,
    }
}
