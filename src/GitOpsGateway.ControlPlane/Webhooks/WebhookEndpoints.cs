using GitOpsGateway.ControlPlane.Commands;
using GitOpsGateway.ControlPlane.Configuration;
using GitOpsGateway.ControlPlane.Logging;
using GitOpsGateway.ControlPlane.Resilience;
using GitOpsGateway.Events.Resilience;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Wolverine;

namespace GitOpsGateway.ControlPlane.Webhooks;

/// <summary>
/// <c>POST /webhooks/{github,gitlab,gitea}</c>: authenticate the delivery against the raw body, read the push, and
/// send <see cref="SyncSource"/> for each matching source. A bad credential is 401 and triggers nothing; a push
/// for no configured source is 202 with nothing done, said in the body; so is a push while the database is away
/// (<c>waiting</c> names the sources, which sync when it is back).
/// </summary>
public static class WebhookEndpoints
{
    /// <summary>Push payloads are small; a big body is refused before it is read into memory.</summary>
    public const int MaxBodyBytes = 5 * 1024 * 1024;

    public static IEndpointRouteBuilder MapWebhooks(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var group = endpoints.MapGroup("/webhooks").AllowAnonymous().WithTags("Webhooks");
        group.MapPost("/github", (HttpContext context, ControlPlaneSettings settings, IMessageBus bus, DatabaseStartup startup, ILoggerFactory loggers, WebhookAuthenticator authenticator) =>
            ReceiveAsync(WebhookProvider.GitHub, context, new WebhookServices(settings, bus, startup, loggers, authenticator))).WithName("GitHubPush");
        group.MapPost("/gitlab", (HttpContext context, ControlPlaneSettings settings, IMessageBus bus, DatabaseStartup startup, ILoggerFactory loggers, WebhookAuthenticator authenticator) =>
            ReceiveAsync(WebhookProvider.GitLab, context, new WebhookServices(settings, bus, startup, loggers, authenticator))).WithName("GitLabPush");
        group.MapPost("/gitea", (HttpContext context, ControlPlaneSettings settings, IMessageBus bus, DatabaseStartup startup, ILoggerFactory loggers, WebhookAuthenticator authenticator) =>
            ReceiveAsync(WebhookProvider.Gitea, context, new WebhookServices(settings, bus, startup, loggers, authenticator))).WithName("GiteaPush");
        return endpoints;
    }

    private static async Task<IResult> ReceiveAsync(WebhookProvider provider, HttpContext context, WebhookServices services)
    {
        var (settings, bus, startup, loggers, authenticator) = services;
        var logger = loggers.CreateLogger(typeof(WebhookEndpoints));
        var cancellationToken = context.RequestAborted;
        if (context.Request.ContentLength > MaxBodyBytes)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var body = await ReadBodyAsync(context.Request, cancellationToken);
        if (body is null)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        // The payload names the repository, and so the sources whose secrets can vouch for it; nothing is done with
        // it before one of them does.
        var push = PushPayloadParser.TryParse(body);
        var named = push is null ? [] : SourceMatcher.Match(settings.Sources, push);
        var authentication = authenticator.Authenticate(provider, context.Request.Headers, body, named, context.Connection.RemoteIpAddress?.ToString());
        if (authentication.Refusal is { } refusal)
        {
            ControlPlaneLog.WebhookRejected(logger, provider.ToString(), refusal);
            return Results.Json(new WebhookResult([], refusal), statusCode: StatusCodes.Status401Unauthorized);
        }

        if (push is null)
        {
            return Results.Json(new WebhookResult([], "Not a push event (no ref in the payload); nothing to do."), statusCode: StatusCodes.Status202Accepted);
        }

        var matched = authentication.Sources;
        if (matched.Count == 0)
        {
            ControlPlaneLog.WebhookUnmatched(logger, provider.ToString(), push.Ref);
            var repositories = string.Join(", ", push.RepositoryUrls.Concat(push.RepositoryNames));
            return Results.Json(
                new WebhookResult([], $"No configured source watches {repositories} at {push.Ref}; nothing was triggered."),
                statusCode: StatusCodes.Status202Accepted);
        }

        var triggered = new List<string>();
        string? unreachable = startup.Completed ? null : "the control plane is still waiting for the database to start";
        foreach (var source in matched.Where(_ => unreachable is null))
        {
            try
            {
                // The durable inbox stores the message in PostgreSQL before it is queued.
                await bus.SendAsync(new SyncSource(source.Name));
                triggered.Add(source.Name);
            }
            catch (Exception exception) when (TransientFailure.IsTransient(exception))
            {
                unreachable = TransientFailure.Describe(exception);
            }
        }

        if (unreachable is not null)
        {
            return WaitingForDatabase(logger, provider, push, triggered, [.. matched.Select(source => source.Name).Except(triggered, StringComparer.Ordinal)], unreachable);
        }

        ControlPlaneLog.WebhookTriggered(logger, provider.ToString(), push.Ref, string.Join(", ", triggered));
        return Results.Json(new WebhookResult(triggered, $"Sync requested for {string.Join(", ", triggered)}."), statusCode: StatusCodes.Status202Accepted);
    }

    /// <summary>
    /// The push is not lost: when the database answers again the leader takes its locks anew and syncs every source
    /// (ADR 0013). So the delivery is accepted, not failed: a 5xx would mark it failed in the provider's delivery log
    /// and invite a manual redelivery that changes nothing. The body says what waits and why.
    /// </summary>
    private static IResult WaitingForDatabase(ILogger logger, WebhookProvider provider, PushNotification push, List<string> triggered, List<string> waiting, string reason)
    {
        ControlPlaneLog.WebhookWaitingForDatabase(logger, provider.ToString(), push.Ref, string.Join(", ", waiting), reason);
        var message = $"The database is unreachable ({reason}); the sync of {string.Join(", ", waiting)} runs by itself when it answers again (every source syncs then), so nothing needs redelivering.";
        return Results.Json(new WebhookResult(triggered, message) { Waiting = waiting }, statusCode: StatusCodes.Status202Accepted);
    }

    /// <summary>What a delivery needs from the container, in one argument.</summary>
    private sealed record WebhookServices(ControlPlaneSettings Settings, IMessageBus Bus, DatabaseStartup Startup, ILoggerFactory Loggers, WebhookAuthenticator Authenticator);

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
