using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace GitOpsGateway.DataPlane.Tests.Support;

/// <summary>Self-signed server certificates as the PEM pair a <c>kubernetes.io/tls</c> Secret holds.</summary>
internal static class TestCertificates
{
    public static (string CertificatePem, string PrivateKeyPem) Create(string dnsName)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={dnsName}", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName(dnsName);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        var now = DateTimeOffset.UtcNow;
        using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddDays(30));
        return (certificate.ExportCertificatePem(), key.ExportPkcs8PrivateKeyPem());
    }

    /// <summary>Writes the pair where Kubernetes would mount the Secret: <c>ROOT/NAMESPACE/NAME/tls.crt|tls.key</c>.</summary>
    public static void WriteSecret(string root, string secretNamespace, string name, (string CertificatePem, string PrivateKeyPem) pair)
    {
        var folder = Directory.CreateDirectory(Path.Combine(root, secretNamespace, name)).FullName;
        File.WriteAllText(Path.Combine(folder, "tls.crt"), pair.CertificatePem);
        File.WriteAllText(Path.Combine(folder, "tls.key"), pair.PrivateKeyPem);
    }
}
