using GitOpsGateway.Routing.Decisions;

namespace GitOpsGateway.Routing.Tests.Equivalence;

public sealed class RouterEquivalenceTests
{
    private const int Tables = 300;
    private const int RequestsPerTable = 100;

    [Theory]
    [InlineData(1)]
    [InlineData(2026)]
    [InlineData(424242)]
    public void The_compiled_router_picks_the_same_rule_as_a_linear_scan_over_the_ir(int seed)
    {
        var random = new RandomTables(seed);
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);

        for (var tableIndex = 0; tableIndex < Tables; tableIndex++)
        {
            var table = random.NextTable();
            var router = CompiledRouter.Build(table);
            Assert.Empty(router.Problems);
            for (var requestIndex = 0; requestIndex < RequestsPerTable; requestIndex++)
            {
                var request = random.NextRequest();
                var expected = NaiveRouter.Route(table, request);
                var actual = router.Route(in request) switch
                {
                    Forward forward => forward.Rule.Name,
                    NotFound => "404",
                    Misdirected => "421",
                    var other => other.ToString(),
                };

                Assert.True(expected == actual, $"seed {seed}, table {tableIndex}, {request}: expected {expected}, routed {actual}");
                var outcome = expected is "404" or "421" ? expected : "rule";
                outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
            }
        }

        // The comparison only proves something if every kind of outcome occurs often.
        Assert.All(["rule", "404", "421"], outcome => Assert.True(
            outcomes.GetValueOrDefault(outcome) > Tables * RequestsPerTable / 50,
            $"{outcome}: {outcomes.GetValueOrDefault(outcome)} of {Tables * RequestsPerTable}"));
    }
}
