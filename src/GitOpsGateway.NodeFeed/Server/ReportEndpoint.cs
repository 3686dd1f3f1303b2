using System.Text.Json;
using GitOpsGateway.NodeFeed.Protocol;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GitOpsGateway.NodeFeed.Server;

/// <summary>
/// <c>POST {prefix}/reports</c>: stores a node's report, stamped with the time it arrived; 503 with Retry-After
/// while the registry's storage is unreachable.
/// </summary>
internal sealed class ReportEndpoint(
    INodeRegistry registry,
    NodeTokenAuthenticator authenticator,
    TimeProvider time,
    ILogger<ReportEndpoint> logger)
{
    public const int MaxErrors = 100;

    public const int MaxErrorLength = 4096;

    /// <summary>What a refused report's Retry-After says while the registry cannot store it.</summary>
    public const string RetryAfterSeconds = "5";

    public async Task HandleAsync(HttpContext context)
    {
        if (authenticator.AuthenticateNode(context.Request.Headers.Authorization) is not { } identity)
        {
            await NodeFeedResponses.UnauthorizedAsync(context, logger);
            return;
        }

        if (!context.Request.HasJsonContentType())
        {
            await NodeFeedResponses.TextAsync(context, StatusCodes.Status415UnsupportedMediaType, "A node report is application/json.");
            return;
        }

        NodeReport? report;
        try
        {
            report = await context.Request.ReadFromJsonAsync(NodeFeedJsonContext.Default.NodeReport, context.RequestAborted);
        }
        catch (JsonException exception)
        {
            await RefuseAsync(context, $"the body is not a node report: {exception.Message}");
            return;
        }

        if (report is null)
        {
            await RefuseAsync(context, "the body is null");
            return;
        }

        if (Problem(report) is { } problem)
        {
            await RefuseAsync(context, problem);
            return;
        }

        if (!identity.Serves(GatewayKey.Format(GatewayKey.Parse(report.Gateway))))
        {
            await NodeFeedResponses.ForbiddenAsync(context, logger, identity, report.Gateway, report.Node);
            return;
        }

        try
        {
            await registry.RecordAsync(report with { ReceivedAt = time.GetUtcNow() }, context.RequestAborted);
        }
        catch (NodeRegistryUnavailableException exception)
        {
            FeedServerLog.ReportNotStored(logger, report.Node, report.Gateway, exception.Message);
            context.Response.Headers.RetryAfter = RetryAfterSeconds;
            await NodeFeedResponses.TextAsync(context, StatusCodes.Status503ServiceUnavailable, $"The report was not stored: {exception.Message}");
            return;
        }

        FeedServerLog.ReportReceived(logger, report.Node, report.Gateway, report.Version, report.Errors.Count);
        context.Response.StatusCode = StatusCodes.Status204NoContent;
    }

    private static string? Problem(NodeReport report) => report switch
    {
        _ when !NodeName.IsValid(report.Node) => $"'{report.Node}' is not a node id",
        _ when !GatewayKey.TryParse(report.Gateway, out _) => $"'{report.Gateway}' is not a Gateway \"namespace/name\"",
        _ when report.Version is null != report.Hash is null => "version and hash go together",
        _ when report.Errors.Count > MaxErrors => $"more than {MaxErrors} errors",
        _ when report.Errors.Any(error => error.Length > MaxErrorLength) => $"an error longer than {MaxErrorLength} characters",
        _ => null,
    };

    private Task RefuseAsync(HttpContext context, string reason)
    {
        FeedServerLog.ReportRefused(logger, reason);
        return NodeFeedResponses.BadRequestAsync(context, $"Refused: {reason}.");
    }
}
