using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GitOpsGateway.ControlPlane.Identity;

/// <summary>A 403 that says which permission the endpoint needs and what the caller's role is, instead of an empty body.</summary>
internal sealed class PermissionDeniedAnswer(ILogger<PermissionDeniedAnswer> logger) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler fallback = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(authorizeResult);
        if (!authorizeResult.Forbidden)
        {
            await fallback.HandleAsync(next, context, policy, authorizeResult);
            return;
        }

        var needed = context.GetEndpoint()?.Metadata.GetMetadata<RequiredPermission>()?.Permission;
        var caller = context.User.FindFirstValue(IdentityClaims.Name) ?? "the caller";
        var roles = string.Join(", ", context.User.FindAll(IdentityClaims.Role).Select(role => role.Value));
        var reason = needed is { } permission
            ? $"{caller} (role {(roles.Length == 0 ? "none" : roles)}) lacks the {permission} permission this endpoint needs."
            : $"{caller} (role {(roles.Length == 0 ? "none" : roles)}) may not call this endpoint: it is for admins.";
        IdentityLog.Forbidden(logger, context.Request.Method, context.Request.Path, caller, reason);
        await Results.Problem(title: "Forbidden", detail: reason, statusCode: StatusCodes.Status403Forbidden).ExecuteAsync(context);
    }
}
