using GitOpsGateway.GatewayApi.Kubernetes;

namespace GitOpsGateway.GatewayApi.Validation;

internal static class SecretValidator
{
    public static void Validate(Secret secret, ErrorSink errors)
    {
        if (secret.Type != SecretTypes.Tls)
        {
            return;
        }

        foreach (var key in new[] { Secret.CertificateKey, Secret.PrivateKeyKey })
        {
            if (!secret.Keys.Contains(key, StringComparer.Ordinal))
            {
                errors.Add("data", $"a {SecretTypes.Tls} Secret must hold the key '{NameRules.Shorten(key)}'.");
            }
        }
    }
}
