using GitOpsGateway.Audit.Resources;

namespace GitOpsGateway.Audit.Tests.Resources;

public sealed class RenameDetectorTests
{
    private const string Spec = """{"kind":"HTTPRoute","metadata":{"name":"a","namespace":"shop"},"spec":{"hostnames":["a.example.com"]}}""";

    [Fact]
    public void a_deletion_and_a_creation_of_the_same_content_under_another_name_are_a_rename()
    {
        var renamed = Spec.Replace("\"name\":\"a\"", "\"name\":\"b\"", StringComparison.Ordinal).Replace("shop", "store", StringComparison.Ordinal);

        var pairs = RenameDetector.Pair(
            [Candidate("HTTPRoute/shop/a", Spec, "routes.yaml")],
            [Candidate("HTTPRoute/shop/unrelated", "{\"spec\":{}}", "other.yaml"), Candidate("HTTPRoute/store/b", renamed, "moved.yaml")]);

        Assert.Equal(ResourceRef.Parse("HTTPRoute/store/b"), Assert.Single(pairs).Value);
    }

    [Fact]
    public void the_only_deletion_and_creation_of_a_kind_in_one_file_are_a_rename_even_with_other_content()
    {
        var pairs = RenameDetector.Pair(
            [Candidate("HTTPRoute/shop/a", Spec, "routes.yaml"), Candidate("Service/shop/a", "{\"spec\":{}}", "routes.yaml")],
            [Candidate("HTTPRoute/shop/b", "{\"spec\":{\"hostnames\":[]}}", "routes.yaml")]);

        Assert.Equal(
            [(ResourceRef.Parse("HTTPRoute/shop/a"), ResourceRef.Parse("HTTPRoute/shop/b"))],
            pairs.Select(pair => (pair.Key, pair.Value)));
    }

    [Fact]
    public void ambiguous_or_different_kinds_are_not_paired()
    {
        var ambiguous = RenameDetector.Pair(
            [Candidate("HTTPRoute/shop/a", "{\"spec\":{\"x\":1}}", "routes.yaml"), Candidate("HTTPRoute/shop/b", "{\"spec\":{\"x\":2}}", "routes.yaml")],
            [Candidate("HTTPRoute/shop/c", "{\"spec\":{\"x\":3}}", "routes.yaml")]);
        var otherKind = RenameDetector.Pair(
            [Candidate("GRPCRoute/shop/a", Spec, "routes.yaml")],
            [Candidate("HTTPRoute/shop/b", Spec, "routes.yaml")]);
        var unknownContent = RenameDetector.Pair(
            [Candidate("HTTPRoute/shop/a", null, "a.yaml")],
            [Candidate("HTTPRoute/shop/b", Spec, "b.yaml")]);

        Assert.Empty(ambiguous);
        Assert.Empty(otherKind);
        Assert.Empty(unknownContent);
    }

    private static RenameCandidate Candidate(string resource, string? manifest, string file) => new(ResourceRef.Parse(resource), manifest, file);
}
