using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace GitOpsGateway.ControlPlane.Identity.Oidc;

/// <summary>
/// The client that reads the issuer's discovery document and keys: it trusts the system's roots and, when
/// <see cref="OidcSettings.CaFile"/> is set, those certificates too (a private issuer). The host name must match either way.
/// </summary>
internal static class IssuerHttpClient
{
    /// <summary>Long enough for a slow issuer, short enough that a caller with a JWT is answered while it is down.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public static HttpClient Create(OidcSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var handler = new SocketsHttpHandler { ConnectTimeout = Timeout, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        if (settings.CaFile is { } caFile)
        {
            var roots = new X509Certificate2Collection();
            roots.ImportFromPemFile(caFile);
            handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, errors) =>
                errors == SslPolicyErrors.None
                || (errors == SslPolicyErrors.RemoteCertificateChainErrors && certificate is X509Certificate2 leaf && ChainsTo(leaf, roots));
        }

        return new HttpClient(handler) { Timeout = Timeout };
    }

    private static bool ChainsTo(X509Certificate2 leaf, X509Certificate2Collection roots)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(roots);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(leaf);
    }
}
