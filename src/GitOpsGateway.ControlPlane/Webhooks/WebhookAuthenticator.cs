using GitOpsGateway.ControlPlane.Configuration;
using GitOpsGateway.ControlPlane.Telemetry;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GitOpsGateway.ControlPlane.Webhooks;

/// <summary>
/// Decides which of the sources a push names the delivery may trigger: those whose own secret (or, without one,
/// the provider's shared secret) signs it. Each failed check is counted with its source and provider and logged
/// with the sender's address, never with the secret or the signature.
/// </summary>
internal sealed class WebhookAuthenticator(WebhookSecretStore secrets, ILogger<WebhookAuthenticator> logger)
{
    /// <summary>What <c>source</c> says on a failure for a push no configured source watches.</summary>
    public const string NoSource = "(none)";

    public WebhookAuthentication Authenticate(
        WebhookProvider provider, IHeaderDictionary headers, byte[] body, IReadOnlyList<WatchedSource> matched, string? remoteAddress)
    {
        if (matched.Count == 0)
        {
            // No source to pick a secret: only the shared one can vouch for the delivery, and only to say nothing matched.
            if (secrets.ProviderFallback(provider) is not { } shared)
            {
                return new WebhookAuthentication([], $"No secret applies to this {provider} delivery: no configured source watches its repository and branch, and no Webhooks secret is set.");
            }

            return IsSigned(provider, headers, body, [shared])
                ? new WebhookAuthentication([], null)
                : Failed(provider, NoSource, remoteAddress, []);
        }

        var authenticated = new List<WatchedSource>();
        var unsigned = new List<string>();
        foreach (var source in matched)
        {
            var accepted = secrets.AcceptedFor(source.Name, provider);
            if (accepted.Count > 0 && IsSigned(provider, headers, body, accepted))
            {
                authenticated.Add(source);
                continue;
            }

            unsigned.Add(source.Name);
            if (accepted.Count > 0)
            {
                Count(provider, source.Name, remoteAddress);
            }
        }

        return authenticated.Count > 0
            ? new WebhookAuthentication(authenticated, null)
            : new WebhookAuthentication([], $"The signature or token does not match the secret of {string.Join(", ", unsigned)} (or none is configured for it).");
    }

    private WebhookAuthentication Failed(WebhookProvider provider, string source, string? remoteAddress, IReadOnlyList<WatchedSource> authenticated)
    {
        Count(provider, source, remoteAddress);
        return new WebhookAuthentication(authenticated, "The signature or token does not match the configured secret.");
    }

    private void Count(WebhookProvider provider, string source, string? remoteAddress)
    {
        ControlPlaneTelemetry.WebhookSignatureFailures.Add(
            1,
            new KeyValuePair<string, object?>("source", source),
            new KeyValuePair<string, object?>("provider", provider.ToString().ToLowerInvariant()));
        WebhookLog.SignatureFailed(logger, provider.ToString(), source, remoteAddress);
    }

    /// <summary>Every accepted secret is checked, so the time taken does not tell which one matched.</summary>
    private static bool IsSigned(WebhookProvider provider, IHeaderDictionary headers, byte[] body, IReadOnlyList<string> accepted)
    {
        var signed = false;
        foreach (var secret in accepted)
        {
            signed |= provider switch
            {
                WebhookProvider.GitHub => headers["X-Hub-Signature-256"].ToString() is var signature
                    && signature.StartsWith("sha256=", StringComparison.Ordinal)
                    && WebhookSignatures.IsValidHmacSha256(secret, body, signature["sha256=".Length..]),
                WebhookProvider.GitLab => WebhookSignatures.IsValidToken(secret, headers["X-Gitlab-Token"].FirstOrDefault()),
                _ => WebhookSignatures.IsValidHmacSha256(secret, body, headers["X-Gitea-Signature"].FirstOrDefault()),
            };
        }

        return signed;
    }
}
