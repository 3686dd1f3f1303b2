using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GitOpsGateway.NodeFeed.Server;

/// <summary>The plain-text refusals the feed endpoints answer with.</summary>
internal static class NodeFeedResponses
{
    public static Task UnauthorizedAsync(HttpContext context, ILogger logger)
    {
        FeedServerLog.Unauthorized(logger, context.Request.Path);
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }

    public static Task BadRequestAsync(HttpContext context, string reason) =>
        TextAsync(context, StatusCodes.Status400BadRequest, reason);

    public static Task TextAsync(HttpContext context, int statusCode, string text)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(text + "\n", context.RequestAborted);
    }
}
