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

    /// <summary>403 naming the token (never the token itself) and what it may not serve; logged the same way.</summary>
    public static Task ForbiddenAsync(HttpContext context, ILogger logger, NodeIdentity identity, string gateway, string node)
    {
        NodeTokenLog.Forbidden(logger, identity.Name, node, gateway, context.Request.Path, context.Connection.RemoteIpAddress?.ToString());
        return TextAsync(
            context,
            StatusCodes.Status403Forbidden,
            $"Forbidden: the node token named '{identity.Name}' does not serve Gateway {gateway}; it serves {string.Join(", ", identity.Gateways.Order(StringComparer.Ordinal))}.");
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
