using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace GitOpsGateway.Testing.Oidc;

/// <summary>
/// A private certificate authority made by the test: its certificate as a PEM file (what a control plane's
/// <c>Oidc:CaFile</c> or ggctl's <c>--ca-file</c> names) and a server certificate for 127.0.0.1 and localhost signed by it.
/// </summary>
public sealed class TestCertificateAuthority : IDisposable
{
    private const string ServerAuthentication = "1.3.6.1.5.5.7.3.1";

    private readonly string folder;

    private TestCertificateAuthority(X509Certificate2 authority, X509Certificate2 server, string folder)
    {
        Authority = authority;
        ServerCertificate = server;
        this.folder = folder;
        CaFile = Path.Combine(folder, "ca.pem");
        File.WriteAllText(CaFile, authority.ExportCertificatePem());
    }

    public X509Certificate2 Authority { get; }

    /// <summary>With its private key, for Kestrel.</summary>
    public X509Certificate2 ServerCertificate { get; }

    public string CaFile { get; }

    public static TestCertificateAuthority Create()
    {
        var now = DateTimeOffset.UtcNow;
        using var authorityKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var authorityRequest = new CertificateRequest("CN=GitOps Gateway test issuer CA", authorityKey, HashAlgorithmName.SHA256);
        authorityRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        authorityRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        authorityRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(authorityRequest.PublicKey, false));
        var authority = authorityRequest.CreateSelfSigned(now.AddDays(-1), now.AddDays(30));

        using var serverKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var serverRequest = new CertificateRequest("CN=localhost", serverKey, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        serverRequest.CertificateExtensions.Add(names.Build());
        serverRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        serverRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        serverRequest.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid(ServerAuthentication)], false));
        serverRequest.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(authority, true, false));
        using var signed = serverRequest.Create(authority, now.AddDays(-1), now.AddDays(29), RandomNumberGenerator.GetBytes(16));
        using var withKey = signed.CopyWithPrivateKey(serverKey);

        // A PKCS#12 round trip gives a key that every TLS stack accepts, not only the one that made it.
        var server = X509CertificateLoader.LoadPkcs12(withKey.Export(X509ContentType.Pkcs12), password: null);
        return new TestCertificateAuthority(authority, server, Directory.CreateTempSubdirectory("test-issuer-ca-").FullName);
    }

    public void Dispose()
    {
        Authority.Dispose();
        ServerCertificate.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
