using GitOpsGateway.Events.Ingestion;
using GitOpsGateway.Events.Storage;
using GitOpsGateway.Events.Tests.Support;

namespace GitOpsGateway.Events.Tests.Ingestion;

/// <summary>
/// PostgreSQL's text and jsonb cannot hold U+0000, and nothing can encode a lone UTF-16 surrogate: wherever such
/// text comes from, the commit is ingested normally, never failed (docs/adr/0014).
/// </summary>
public sealed class UnstorableTextTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> Manifests() => new()
    {
        { "nul apiVersion", "apiVersion: \"v1\\0\"\nkind: Service\nmetadata:\n  name: notes\n  namespace: shop\nspec:\n  ports: [{port: 80}]\n" },
        { "nul annotation", "apiVersion: v1\nkind: Service\nmetadata:\n  name: notes\n  namespace: shop\n  annotations: {\"a\\0\": \"b\\0\"}\nspec:\n  ports: [{port: 80}]\n" },
        { "nul label", "apiVersion: v1\nkind: Service\nmetadata:\n  name: notes\n  namespace: shop\n  labels: {\"a\\0\": \"b\\0\"}\nspec:\n  ports: [{port: 80}]\n" },
        { "nul kind", "apiVersion: v1\nkind: \"Serv\\0ice\"\nmetadata:\n  name: notes\n  namespace: shop\n" },
        { "nul name", "apiVersion: v1\nkind: Service\nmetadata:\n  name: \"no\\0tes\"\n  namespace: shop\nspec:\n  ports: [{port: 80}]\n" },
        { "nul path", TestManifests.Route(path: "\"/a\\0\"").Replace("name: web\n  namespace", "name: web2\n  namespace", StringComparison.Ordinal) },
        { "nul hostname", TestManifests.Route().Replace("[shop.example.com]", "[\"sh\\0p.example.com\"]", StringComparison.Ordinal) },
        { "nul header", TestManifests.Route().Replace("backendRefs:", "filters:\n      - type: RequestHeaderModifier\n        requestHeaderModifier: {set: [{name: \"x\\0\", value: \"y\\0\"}]}\n      backendRefs:", StringComparison.Ordinal) },
        { "nul key in spec", TestManifests.Route().Replace("parentRefs:", "\"par\\0entRefs\": 1\n  parentRefs:", StringComparison.Ordinal) },
        { "surrogate apiVersion", "apiVersion: \"v1\\uD800\"\nkind: Service\nmetadata:\n  name: notes\n  namespace: shop\nspec:\n  ports: [{port: 80}]\n" },
        { "surrogate annotation", "apiVersion: v1\nkind: Service\nmetadata:\n  name: notes\n  namespace: shop\n  annotations: {\"a\\uDC00\": \"b\\uD800\"}\nspec:\n  ports: [{port: 80}]\n" },
        { "nul broken yaml", "apiVersion: v1\nkind: \"\\0\n  : [" },
        { "raw nul", "apiVersion: v1\0\nkind: Service\n" },
    };

    [Theory]
    [MemberData(nameof(Manifests))]
    public async Task a_manifest_with_text_postgresql_cannot_hold_is_ingested_with_its_rejections(string name, string manifest)
    {
        _ = name;
        await using var events = await TestEventStore.CreateAsync(Cancellation);
        var files = TestManifests.Repository();
        files["apps/notes.yaml"] = manifest;
        var commit = Commits.Commit("first", files);
        var outcome = Assert.Single(await new CommitIngestor().IngestAsync(events.Store, Commits.Source(), Commits.Batch(commit), Cancellation));

        Assert.True(outcome.Appended);
        Assert.Null(outcome.Failure);
        Assert.Equal(1, outcome.Version?.Number);
    }

    public static TheoryData<string, string, string, string> Commit() => new()
    {
        { "nul message", "m\0", "Ada", "apps/x.yaml" },
        { "nul author", "m", "A\0da", "apps/x.yaml" },
        { "nul file", "m", "Ada", "apps/x\0.yaml" },
        { "surrogate message", "m\uD800", "Ada", "apps/x.yaml" },
        { "surrogate author", "m", "A\uDC00da", "apps/x.yaml" },
        { "surrogate file", "m", "Ada", "apps/x\uD800.yaml" },
    };

    [Theory]
    [MemberData(nameof(Commit))]
    public async Task a_commit_whose_provenance_or_file_path_postgresql_cannot_hold_is_ingested_with_the_text_replaced(string name, string message, string author, string file)
    {
        _ = name;
        await using var events = await TestEventStore.CreateAsync(Cancellation);
        var files = TestManifests.Repository();
        files[file] = "apiVersion: v1\nkind: Service\nmetadata:\n  name: notes\n  namespace: shop\nspec:\n  ports: [{port: 80}]\n---\nkind: [\n";
        var commit = Commits.Commit("first", files) with { Message = message, Author = Commits.Ada with { Name = author }, Committer = Commits.Ada with { Name = author } };
        var outcome = Assert.Single(await new CommitIngestor().IngestAsync(events.Store, Commits.Source(), Commits.Batch(commit), Cancellation));

        Assert.True(outcome.Appended);
        Assert.Null(outcome.Failure);
        Assert.Equal(1, outcome.Rejections);
        var stream = await StoredEvents.SourceAsync(events);
        var ingested = Assert.Single(stream.Data<CommitIngested>());
        Assert.Equal((Storable(message), Storable(author)), (ingested.Message, ingested.Author.Name));
        Assert.Equal(Storable(file), Assert.Single(stream.Data<ManifestRejected>()).File);
        Assert.Equal($"{Storable(author)} <ada@example.com>", stream[0].GetHeader(ProvenanceHeaders.Author)?.ToString());
    }

    [Theory]
    [InlineData("ab\0cd")]
    [InlineData("0123456789abcdef0123456789abcdef0123456\0")]
    [InlineData("0123456789abcdef0123456789abcdef0123456")]
    [InlineData("0123456789abcdef0123456789abcdef0123456g")]
    public void a_commit_whose_id_is_not_a_git_object_id_cannot_be_handed_to_ingestion(string sha)
    {
        var commit = Commits.Commit("first", TestManifests.Repository());

        var refused = Assert.Throws<ArgumentException>(() => commit with { Sha = sha });

        Assert.Equal(nameof(commit.Sha), refused.ParamName);
    }

    // What the store keeps: U+0000 and lone surrogates become U+FFFD.
    private static string Storable(string text) => text.Replace('\0', '\uFFFD').Replace('\uD800', '\uFFFD').Replace('\uDC00', '\uFFFD');
}
