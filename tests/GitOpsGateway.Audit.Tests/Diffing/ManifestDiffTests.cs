using GitOpsGateway.Audit.Diffing;

namespace GitOpsGateway.Audit.Tests.Diffing;

public sealed class ManifestDiffTests
{
    [Fact]
    public void a_changed_weight_reads_as_its_path_with_before_and_after()
    {
        var before = """{"spec":{"rules":[{"backendRefs":[]},{"backendRefs":[{"name":"a","weight":90},{"name":"b","weight":10}]}]}}""";
        var after = """{"spec":{"rules":[{"backendRefs":[]},{"backendRefs":[{"name":"a","weight":50},{"name":"b","weight":50}]}]}}""";

        var diff = ManifestDiff.Compare(before, after);

        Assert.Equal(
            ["spec.rules[1].backendRefs[0].weight: 90 → 50", "spec.rules[1].backendRefs[1].weight: 10 → 50"],
            diff.Changes.Select(change => change.ToString()));
        Assert.Equal(0, diff.Omitted);
        Assert.Equal(
            new ManifestChange { Path = "spec.rules[1].backendRefs[0].weight", Kind = ManifestChangeKind.Changed, Before = "90", After = "50" },
            diff.Changes[0]);
    }

    [Fact]
    public void added_and_removed_subtrees_are_listed_leaf_by_leaf_in_path_order()
    {
        var diff = ManifestDiff.Compare(
            """{"spec":{"hostnames":["a.example.com","b.example.com"],"timeouts":{"request":"10s"}}}""",
            """{"spec":{"hostnames":["a.example.com"],"filters":[{"type":"X","headers":{}}]}}""");

        Assert.Equal(
            [
                "spec.filters[0].headers: + {}",
                "spec.filters[0].type: + X",
                "spec.hostnames[1]: - b.example.com",
                "spec.timeouts.request: - 10s",
            ],
            diff.Changes.Select(change => change.ToString()));
    }

    [Fact]
    public void a_new_object_is_every_leaf_added_and_a_deleted_one_every_leaf_removed()
    {
        const string manifest = """{"kind":"Service","metadata":{"name":"web"},"spec":{"ports":[{"port":80}]}}""";

        Assert.Equal(
            ["kind: + Service", "metadata.name: + web", "spec.ports[0].port: + 80"],
            ManifestDiff.Compare(null, manifest).Changes.Select(change => change.ToString()));
        Assert.Equal(
            ["kind: - Service", "metadata.name: - web", "spec.ports[0].port: - 80"],
            ManifestDiff.Compare(manifest, null).Changes.Select(change => change.ToString()));
        Assert.Empty(ManifestDiff.Compare(null, null).Changes);
        Assert.Empty(ManifestDiff.Compare(manifest, manifest).Changes);
    }

    [Fact]
    public void keys_that_are_not_plain_names_are_quoted_and_strings_that_read_as_other_types_keep_their_quotes()
    {
        var diff = ManifestDiff.Compare(
            """{"metadata":{"annotations":{"gitops.dev/owner":"ada"},"labels":{"tier":"1"}},"data":{"tls.key":"redacted:sha256:aa"}}""",
            """{"metadata":{"annotations":{"gitops.dev/owner":"grace"},"labels":{"tier":1}},"data":{"tls.key":"redacted:sha256:bb"}}""");

        Assert.Equal(
            [
                "data[\"tls.key\"]: redacted:sha256:aa → redacted:sha256:bb",
                "metadata.annotations[\"gitops.dev/owner\"]: ada → grace",
                "metadata.labels.tier: \"1\" → 1",
            ],
            diff.Changes.Select(change => change.ToString()));
    }

    [Fact]
    public void a_value_changing_between_a_list_and_a_scalar_is_removed_then_added_and_equal_numbers_are_equal()
    {
        var diff = ManifestDiff.Compare(
            """{"a":["x","y"],"b":"","c":null,"d":1.0,"e":true}""",
            """{"a":"x","b":" ","c":0,"d":1,"e":true}""");

        Assert.Equal(
            ["a[0]: - x", "a[1]: - y", "a: + x", "b: \"\" → \" \"", "c: null → 0"],
            diff.Changes.Select(change => change.ToString()));
    }

    [Fact]
    public void a_diff_over_the_limit_keeps_the_first_changes_and_counts_the_rest()
    {
        var after = "{" + string.Join(",", Enumerable.Range(0, 12).Select(index => $"\"k{index:D2}\":{index}")) + "}";

        var diff = ManifestDiff.Compare("{}", after, limit: 10);

        Assert.Equal(10, diff.Changes.Count);
        Assert.Equal(2, diff.Omitted);
        Assert.Equal("k00: + 0", diff.Changes[0].ToString());
        Assert.Equal("k09: + 9", diff.Changes[^1].ToString());
    }
}
