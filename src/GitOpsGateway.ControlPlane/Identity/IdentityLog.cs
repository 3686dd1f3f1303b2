using Microsoft.Extensions.Logging;

namespace GitOpsGateway.ControlPlane.Identity;

/// <summary>Log messages of authentication, authorization and API tokens; event ids 6000-6049 never change meaning.</summary>
internal static partial class IdentityLog
{
    [LoggerMessage(EventId = 6000, Level = LogLevel.Information, Message = "API token {Token} created by {Caller} (role {Role})")]
    public static partial void TokenCreated(ILogger logger, string token, string caller, string role);

    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "API token {Token} revoked by {Caller}")]
    public static partial void TokenRevoked(ILogger logger, string token, string caller);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Information, Message = "API token {Token} rotated by {Caller}")]
    public static partial void TokenRotated(ILogger logger, string token, string caller);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Information, Message = "{Method} {Path}: bearer token refused: {Reason}")]
    public static partial void TokenRefused(ILogger logger, string method, string path, string reason);

    [LoggerMessage(EventId = 6004, Level = LogLevel.Information, Message = "{Method} {Path}: {Caller} refused: {Reason}")]
    public static partial void Forbidden(ILogger logger, string method, string path, string caller, string reason);
}
