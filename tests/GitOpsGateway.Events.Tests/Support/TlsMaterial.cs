using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace GitOpsGateway.Events.Tests.Support;

/// <summary>A self-signed certificate and its private key as PEM, made once per test run.</summary>
internal static class TlsMaterial
{
    private static readonly Lazy<(string Certificate, string Key)> Pem = new(Create);

    public static string CertificatePem => Pem.Value.Certificate;

    public static string KeyPem => Pem.Value.Key;

    public static string CertificateBase64 => Convert.ToBase64String(Encoding.UTF8.GetBytes(CertificatePem));

    public static string KeyBase64 => Convert.ToBase64String(Encoding.UTF8.GetBytes(KeyPem));

    private static (string, string) Create()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=shop.example.com", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("shop.example.com");
        request.CertificateExtensions.Add(names.Build());
        var notBefore = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using var certificate = request.CreateSelfSigned(notBefore, notBefore.AddYears(5));
        return (certificate.ExportCertificatePem(), key.ExportPkcs8PrivateKeyPem());
    }
}
