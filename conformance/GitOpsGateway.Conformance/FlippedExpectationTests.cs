using GitOpsGateway.Conformance.Cases;
using GitOpsGateway.Conformance.Traffic;
using GitOpsGateway.Conformance.Upstream;

namespace GitOpsGateway.Conformance;

/// <summary>
/// The runner can fail: the same real round trip is judged against the suite's expectation for a header add to a
/// header the client sent (<c>a,b</c>) and against the same expectation with the other join (<c>a, b</c>). A gateway
/// sends one or the other, so exactly one of the two must match; a runner that accepted both would hide the defect.
/// </summary>
[Collection(ConformanceCollection.Name)]
public sealed class FlippedExpectationTests(ConformanceRun run)
{
    private const string Header = "X-Header-Add";

    [Fact]
    public async Task a_header_add_expectation_and_its_flipped_join_cannot_both_match()
    {
        var test = UpstreamSuite.Find("HTTPRouteRequestHeaderModifier");
        var conformanceCase = ConformanceCase.TryLoad(test.ShortName)!;
        var row = conformanceCase.Requests.First(candidate =>
            candidate.ExpectedRequest?.Request.Headers.TryGetValue(Header, out var value) == true && value.Contains(',', StringComparison.Ordinal));
        var suiteJoin = row.ExpectedRequest!.Request.Headers[Header];
        var flipped = Expecting(row, suiteJoin.Replace(",", ", ", StringComparison.Ordinal));

        var nodes = await run.Cluster.ApplyAsync(test.ShortName, test.Manifests, [conformanceCase.Gateway]);
        using var client = new GatewayClient(nodes[conformanceCase.Gateway]);
        var captured = await client.SendAsync(row, TestContext.Current.CancellationToken);

        var asSuite = ExchangeComparison.Mismatch(row, captured);
        var asFlipped = ExchangeComparison.Mismatch(flipped, captured);
        Assert.True(
            (asSuite is null) != (asFlipped is null),
            $"exactly one join must match; as the suite expects ({suiteJoin}): {asSuite ?? "match"}; flipped: {asFlipped ?? "match"}");
    }

    private static ExpectedExchange Expecting(ExpectedExchange row, string value) => row with
    {
        ExpectedRequest = row.ExpectedRequest! with
        {
            Request = row.ExpectedRequest.Request with
            {
                Headers = new Dictionary<string, string>(row.ExpectedRequest.Request.Headers) { [Header] = value },
            },
        },
    };
}
