using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json.Nodes;
using GitOpsGateway.Events.Ingestion;
using GitOpsGateway.Events.Tests.Support;
using GitOpsGateway.GatewayApi.Loading;
using GitOpsGateway.Translation;

namespace GitOpsGateway.Events.Tests.Ingestion;

public sealed class SecretRedactionTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task key_material_never_reaches_the_event_store_yet_the_secret_still_serves_tls()
    {
        await using var events = await TestEventStore.CreateAsync(Cancellation);
        var commit = Commits.Commit("tls", TestManifests.Repository());

        await new CommitIngestor().IngestAsync(events.Store, Commits.Source(), Commits.Batch(commit), Cancellation);

        var stored = await events.RawEventsTextAsync(Cancellation) + await events.RawDocumentsTextAsync(Cancellation);
        Assert.Contains("redacted:sha256:", stored, StringComparison.Ordinal);
        foreach (var fragment in KeyFragments())
        {
            Assert.DoesNotContain(fragment, stored, StringComparison.Ordinal);
        }

        var version = Assert.Single(await StoredEvents.VersionsAsync(events));
        var gateway = Assert.Single(version.Statuses, status => status.Kind == "Gateway");
        Assert.DoesNotContain("InvalidCertificateRef", gateway.Json, StringComparison.Ordinal);
        Assert.Contains("shop.example.com", Assert.Single(version.Tables).Json, StringComparison.Ordinal);
        var straightFromGit = Translator.Translate(ManifestLoader.Default.Load(commit.Files).Resources);
        Assert.Equal(straightFromGit.Hash, version.Hash);
    }

    [Fact]
    public void every_value_but_the_public_certificates_is_replaced_by_the_hash_of_its_bytes()
    {
        var secret = $$$"""{"apiVersion":"v1","data":{"ca.crt":"{{{TlsMaterial.CertificateBase64}}}","password":"aHVudGVyMg==","pin":1234,"tls.crt":"{{{TlsMaterial.CertificateBase64}}}","tls.key":"a2V5"},"kind":"Secret","metadata":{"name":"s"},"stringData":{"token":"hunter2"}}""";

        var redacted = SecretRedactor.Redact(secret);

        Assert.Contains($"\"ca.crt\":\"{TlsMaterial.CertificateBase64}\"", redacted, StringComparison.Ordinal);
        Assert.Contains($"\"tls.crt\":\"{TlsMaterial.CertificateBase64}\"", redacted, StringComparison.Ordinal);
        // sha256("hunter2") whether it came base64-encoded in data or as text in stringData.
        const string hunter2 = "redacted:sha256:f52fbd32b2b3b86ff88ef6c490628285f482af15ddcb29541f94bcf526a3f6c7";
        Assert.Contains($"\"password\":\"{hunter2}\"", redacted, StringComparison.Ordinal);
        Assert.Contains($"\"token\":\"{hunter2}\"", redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("a2V5", redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("1234", redacted, StringComparison.Ordinal);
        Assert.Equal(redacted, SecretRedactor.Redact(redacted));
    }

    [Fact]
    public void only_the_allowed_parts_stay_readable_and_the_rest_is_summed_up_in_one_hash()
    {
        const string secret = """{"apiVersion":"v1","data":{"tls.key":"a2V5"},"immutable":true,"kind":"Secret","metadata":{"annotations":{"kubectl.kubernetes.io/last-applied-configuration":"{\"data\":{\"tls.key\":\"a2V5\"}}","note":"hunter2"},"finalizers":["hunter3"],"labels":{"team":"hunter4"},"name":"s","namespace":"shop"},"shadow":{"copy":"hunter5"},"type":"kubernetes.io/tls"}""";

        var redacted = SecretRedactor.Redact(secret);

        Assert.Matches(
            """^\{"apiVersion":"v1","data":\{"tls.key":"redacted:sha256:[0-9a-f]{64}"\},"kind":"Secret","metadata":\{"annotations":\{"gitops-gateway.io/redacted":"redacted:sha256:[0-9a-f]{64}"\},"name":"s","namespace":"shop"\},"type":"kubernetes.io/tls"\}$""",
            redacted);
        Assert.Equal(redacted, SecretRedactor.Redact(redacted));

        var anotherNote = SecretRedactor.Redact(secret.Replace("hunter2", "hunter6", StringComparison.Ordinal));
        Assert.NotEqual(redacted, anotherNote);
    }

    [Fact]
    public void a_private_key_bundled_into_the_certificate_is_cut_out_and_still_counts_as_a_change()
    {
        string Bundle(string key) => Convert.ToBase64String(Encoding.UTF8.GetBytes(TlsMaterial.CertificatePem + "\n" + key));
        string Manifest(string crt) => $$$"""{"apiVersion":"v1","data":{"ca.crt":"{{{crt}}}","tls.crt":"{{{crt}}}"},"kind":"Secret","metadata":{"name":"s"},"type":"kubernetes.io/tls"}""";

        var redacted = SecretRedactor.Redact(Manifest(Bundle(TlsMaterial.KeyPem)));
        var otherKey = SecretRedactor.Redact(Manifest(Bundle(TlsMaterial.KeyPem.Replace("A", "B", StringComparison.Ordinal))));

        var stored = Encoding.UTF8.GetString(Convert.FromBase64String(JsonNode.Parse(redacted)!["data"]!["tls.crt"]!.GetValue<string>()));
        Assert.StartsWith(TlsMaterial.CertificatePem.TrimEnd(), stored, StringComparison.Ordinal);
        Assert.DoesNotContain("PRIVATE KEY", stored, StringComparison.Ordinal);
        Assert.Contains("redacted:sha256:", stored, StringComparison.Ordinal);
        using var certificate = X509Certificate2.CreateFromPem(stored);
        Assert.Equal("CN=shop.example.com", certificate.Subject);
        Assert.NotEqual(redacted, otherKey);
        Assert.Equal(redacted, SecretRedactor.Redact(redacted));
    }

    [Fact]
    public void a_key_block_labelled_as_a_certificate_is_not_kept()
    {
        var disguised = TlsMaterial.KeyPem.Replace("PRIVATE KEY", "CERTIFICATE", StringComparison.Ordinal);
        var crt = Convert.ToBase64String(Encoding.UTF8.GetBytes(disguised));
        var secret = $$$"""{"apiVersion":"v1","data":{"tls.crt":"{{{crt}}}"},"kind":"Secret","metadata":{"name":"s"}}""";

        var redacted = SecretRedactor.Redact(secret);

        Assert.Matches("\"tls.crt\":\"redacted:sha256:[0-9a-f]{64}\"", redacted);
    }

    /// <summary>
    /// Pieces of the key as stored JSON could show it: the base64 of the PEM (split where JSON might escape '+' or
    /// '/'), and each base64 line inside the PEM.
    /// </summary>
    private static IEnumerable<string> KeyFragments()
    {
        var pemLines = TlsMaterial.KeyPem.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => !line.StartsWith("-----", StringComparison.Ordinal));
        var base64Pieces = TlsMaterial.KeyBase64.Split('+', '/').Where(piece => piece.Length >= 24);
        var linePieces = pemLines.SelectMany(line => line.Split('+', '/')).Where(piece => piece.Length >= 24);
        var fragments = base64Pieces.Concat(linePieces).ToList();
        Assert.NotEmpty(fragments);
        Assert.Contains(fragments, fragment => Encoding.ASCII.GetByteCount(fragment) >= 24);
        return fragments;
    }
}
