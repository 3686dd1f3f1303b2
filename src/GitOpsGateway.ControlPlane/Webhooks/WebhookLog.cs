using Microsoft.Extensions.Logging;

namespace GitOpsGateway.ControlPlane.Webhooks;

/// <summary>Log messages of per-source webhook secrets; event ids 6060-6069. They never carry a secret or a signature.</summary>
internal static partial class WebhookLog
{
    [LoggerMessage(EventId = 6060, Level = LogLevel.Warning, Message = "Webhook {Provider}: a delivery for source {Source} from {RemoteAddress} failed its signature check; that source is not synced")]
    public static partial void SignatureFailed(ILogger logger, string provider, string source, string? remoteAddress);

    [LoggerMessage(EventId = 6061, Level = LogLevel.Information, Message = "Webhook secret of source {Source} re-read from its file; the previous one is accepted during the overlap")]
    public static partial void SecretRotated(ILogger logger, string source);

    [LoggerMessage(EventId = 6062, Level = LogLevel.Warning, Message = "Webhooks:{Key} is deprecated: it is the secret of every source without its own Sources:N:WebhookSecret[File] and is never re-read; give each source its own")]
    public static partial void ProviderSecretDeprecated(ILogger logger, string key);
}
