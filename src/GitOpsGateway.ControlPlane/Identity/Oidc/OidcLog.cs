using Microsoft.Extensions.Logging;

namespace GitOpsGateway.ControlPlane.Identity.Oidc;

/// <summary>Log messages of OIDC authentication; event ids 6100-6149 belong to it and never change meaning.</summary>
internal static partial class OidcLog
{
    [LoggerMessage(EventId = 6100, Level = LogLevel.Information, Message = "OIDC issuer {Issuer}: read {KeyCount} signing keys ({KeyIds})")]
    public static partial void KeysRead(ILogger logger, string issuer, int keyCount, string keyIds);

    [LoggerMessage(EventId = 6101, Level = LogLevel.Warning, Message = "OIDC issuer {Issuer}: cannot read its keys ({Fallback}): {Reason}")]
    public static partial void KeysUnavailable(ILogger logger, string issuer, string fallback, string reason);

    [LoggerMessage(EventId = 6102, Level = LogLevel.Information, Message = "OIDC: refused a token for subject {Subject}: {Reason}")]
    public static partial void TokenRefused(ILogger logger, string subject, string reason);

    [LoggerMessage(EventId = 6103, Level = LogLevel.Debug, Message = "OIDC: accepted subject {Subject} as {Role} (scopes: {Scopes})")]
    public static partial void TokenAccepted(ILogger logger, string subject, string role, string scopes);

    [LoggerMessage(EventId = 6104, Level = LogLevel.Information, Message = "OIDC: subject {Subject} (groups: {Groups}) matches no grant; it gets no role")]
    public static partial void NoGrant(ILogger logger, string subject, string groups);

    [LoggerMessage(EventId = 6105, Level = LogLevel.Information, Message = "OIDC issuer {Issuer}: the token names key {KeyId}, which is not among the keys read; reading them again")]
    public static partial void UnknownKey(ILogger logger, string issuer, string keyId);
}
