using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace GitOpsGateway.EndToEnd.Tests.Routing;

/// <summary>A self-signed server certificate for one DNS name, as the PEM pair a <c>kubernetes.io/tls</c> Secret holds.</summary>
internal sealed record PemKeyPair(string CertificatePem, string PrivateKeyPem)
{
    public string Thumbprint { get; } = ThumbprintOf(CertificatePem);

    public static PemKeyPair Create(string dnsName)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={dnsName}", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName(dnsName);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        var now = DateTimeOffset.UtcNow;
        using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddDays(30));
        return new PemKeyPair(certificate.ExportCertificatePem(), key.ExportPkcs8PrivateKeyPem());
    }

    /// <summary>Writes the pair where Kubernetes would mount Secret <paramref name="name"/>: <c>ROOT/NAMESPACE/NAME/tls.crt|tls.key</c>.</summary>
    public void WriteSecret(string root, string secretNamespace, string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(root, secretNamespace, name)).FullName;
        File.WriteAllText(Path.Combine(folder, "tls.crt"), CertificatePem);
        File.WriteAllText(Path.Combine(folder, "tls.key"), PrivateKeyPem);
    }

    private static string ThumbprintOf(string certificatePem)
    {
        using var certificate = X509Certificate2.CreateFromPem(certificatePem);
        return certificate.GetCertHashString();
    }
}
