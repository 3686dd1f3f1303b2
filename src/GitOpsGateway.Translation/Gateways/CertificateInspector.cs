using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using GitOpsGateway.GatewayApi.Kubernetes;
using GitOpsGateway.RouteTables.Listeners;

namespace GitOpsGateway.Translation.Gateways;

/// <summary>
/// Reads the public facts of a TLS Secret's certificate and checks that a key is present. The key itself is never
/// parsed: the event store keeps only a redaction marker in its place (<see cref="Secret.RedactedPrefix"/>), and a
/// Secret replayed from events must compile exactly like the one read from Git. Pure: the PEM is parsed in
/// memory. The expiry is read from the DER itself, because <see cref="X509Certificate2.NotAfter"/> goes through
/// the machine's time zone.
/// </summary>
internal static class CertificateInspector
{
    public static CertificateFacts Read(Secret secret, out string? error)
    {
        error = secret switch
        {
            { Certificate: null } => $"Secret {secret.Metadata.Namespace}/{secret.Metadata.Name} has no {Secret.CertificateKey}.",
            { PrivateKey: null } => $"Secret {secret.Metadata.Namespace}/{secret.Metadata.Name} has no {Secret.PrivateKeyKey}.",
            _ => null,
        };
        if (error is not null)
        {
            return Unknown;
        }

        var certificatePem = Encoding.UTF8.GetChars(secret.Certificate!.ToArray());
        try
        {
            using var certificate = X509Certificate2.CreateFromPem(certificatePem);
            return Facts(certificate);
        }
        catch (Exception exception) when (exception is CryptographicException or ArgumentException or AsnContentException)
        {
            error = $"Secret {secret.Metadata.Namespace}/{secret.Metadata.Name} does not hold a usable PEM certificate: {exception.Message}";
            return Unknown;
        }
    }

    private static CertificateFacts Unknown { get; } = new()
    {
        Subject = string.Empty,
        NotAfter = DateTimeOffset.UnixEpoch,
        Sha256Fingerprint = string.Empty,
    };

    private static CertificateFacts Facts(X509Certificate2 certificate)
    {
        var names = new List<string>();
        if (certificate.Extensions.OfType<X509SubjectAlternativeNameExtension>().FirstOrDefault() is { } alternativeNames)
        {
            names.AddRange(alternativeNames.EnumerateDnsNames());
            names.AddRange(alternativeNames.EnumerateIPAddresses().Select(address => address.ToString()));
        }

        return new CertificateFacts
        {
            Subject = certificate.Subject,
            SubjectAlternativeNames = [.. names.Distinct(StringComparer.Ordinal)],
            NotAfter = NotAfter(certificate.RawData),
            Sha256Fingerprint = Convert.ToHexStringLower(SHA256.HashData(certificate.RawData)),
        };
    }

    private static DateTimeOffset NotAfter(byte[] der)
    {
        var certificate = new AsnReader(der, AsnEncodingRules.DER).ReadSequence();
        var tbs = certificate.ReadSequence();
        if (tbs.PeekTag().HasSameClassAndValue(new Asn1Tag(TagClass.ContextSpecific, 0)))
        {
            tbs.ReadEncodedValue();
        }

        tbs.ReadEncodedValue(); // serialNumber
        tbs.ReadEncodedValue(); // signature algorithm
        tbs.ReadEncodedValue(); // issuer
        var validity = tbs.ReadSequence();
        ReadTime(validity);
        return ReadTime(validity);
    }

    private static DateTimeOffset ReadTime(AsnReader reader) =>
        reader.PeekTag().HasSameClassAndValue(Asn1Tag.UtcTime) ? reader.ReadUtcTime() : reader.ReadGeneralizedTime();
}
