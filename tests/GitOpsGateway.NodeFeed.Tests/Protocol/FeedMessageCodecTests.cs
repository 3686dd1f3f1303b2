using System.Text;
using GitOpsGateway.NodeFeed.Protocol;
using GitOpsGateway.NodeFeed.Tests.Support;
using GitOpsGateway.RouteTables;
using GitOpsGateway.RouteTables.Serialization;

namespace GitOpsGateway.NodeFeed.Tests.Protocol;

public sealed class FeedMessageCodecTests
{
    [Fact]
    public void a_version_round_trips_and_its_table_is_embedded_as_the_canonical_bytes()
    {
        var version = SampleVersions.Version(9) with { Provenance = "commit 1a2b3c4 by Zoë: \"fix\"\nsecond line" };

        var json = FeedMessageCodec.Encode(version);
        var decoded = FeedMessageCodec.Decode(json);

        Assert.Equal(version, decoded.Version);
        Assert.Null(decoded.AppliedAt);
        Assert.True(json.AsSpan().IndexOf(RouteTableSerializer.ToCanonicalJson(version.Table)) > 0, "the canonical table bytes are embedded verbatim");
        Assert.DoesNotContain((byte)'\n', json);
    }

    [Fact]
    public void the_received_table_hash_is_the_hash_of_its_canonical_form_and_the_verifier_accepts_it()
    {
        var version = SampleVersions.Version(4);

        var decoded = FeedMessageCodec.Decode(FeedMessageCodec.Encode(version));

        Assert.Equal(RouteTableHash.Compute(version.Table), decoded.ReceivedTableHash);
        Assert.Empty(FeedVersionVerifier.Check(decoded, version.Gateway));
    }

    [Fact]
    public void a_table_sent_in_another_layout_than_the_canonical_one_is_refused_by_the_hash_check()
    {
        var version = SampleVersions.Version(4);
        var canonical = Encoding.UTF8.GetString(RouteTableSerializer.ToCanonicalJson(version.Table));
        var indented = RouteTableSerializer.ToIndentedJson(version.Table).Replace("\n", "", StringComparison.Ordinal);
        var json = Encoding.UTF8.GetString(FeedMessageCodec.Encode(version)).Replace(canonical, indented, StringComparison.Ordinal);

        var decoded = FeedMessageCodec.Decode(Encoding.UTF8.GetBytes(json));

        Assert.Equal(version.Table, decoded.Version.Table);
        Assert.Contains(FeedVersionVerifier.Check(decoded, version.Gateway), problem => problem.Contains("not to the announced", StringComparison.Ordinal));
    }

    [Fact]
    public void the_sse_frame_is_one_version_event_with_the_version_number_as_id()
    {
        var frame = Encoding.UTF8.GetString(SseFrames.Version(SampleVersions.Version(9)));

        Assert.StartsWith("id: 9\nevent: version\ndata: {\"version\":9,\"gateway\":\"infra/edge\",", frame, StringComparison.Ordinal);
        Assert.EndsWith("}\n\n", frame, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"version":1}""", "expected shape")]
    [InlineData("""{"version":1,"gateway":"edge","hash":"h","provenance":"p","table":{}}""", "is not a Gateway")]
    [InlineData("""{"version":1,"gateway":"infra/edge","hash":"h","provenance":"p","table":[]}""", "not an object")]
    [InlineData("""{"version":1,"gateway":"infra/edge","hash":"h","provenance":"p","table":{"gatewayClass":3}}""", "not a valid route table")]
    public void a_malformed_message_fails_with_a_reason(string json, string reason)
    {
        var failure = Assert.Throws<FeedMessageException>(() => FeedMessageCodec.Decode(Encoding.UTF8.GetBytes(json)));

        Assert.Contains(reason, failure.Message, StringComparison.Ordinal);
    }
}
