using System.Text;
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
        const string secret = """{"apiVersion":"v1","data":{"ca.crt":"Y2E=","password":"aHVudGVyMg==","tls.crt":"Y2VydA==","tls.key":"a2V5"},"kind":"Secret","metadata":{"name":"s"},"stringData":{"token":"hunter2"}}""";

        var redacted = SecretRedactor.Redact(secret);

        Assert.Contains("\"ca.crt\":\"Y2E=\"", redacted, StringComparison.Ordinal);
        Assert.Contains("\"tls.crt\":\"Y2VydA==\"", redacted, StringComparison.Ordinal);
        // sha256("hunter2") whether it came base64-encoded in data or as text in stringData.
        const string hunter2 = "redacted:sha256:f52fbd32b2b3b86ff88ef6c490628285f482af15ddcb29541f94bcf526a3f6c7";
        Assert.Contains($"\"password\":\"{hunter2}\"", redacted, StringComparison.Ordinal);
        Assert.Contains($"\"token\":\"{hunter2}\"", redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("a2V5", redacted, StringComparison.Ordinal);
        Assert.Equal(redacted, SecretRedactor.Redact(redacted));
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
