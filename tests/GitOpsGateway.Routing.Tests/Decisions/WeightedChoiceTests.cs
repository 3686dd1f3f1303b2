using GitOpsGateway.RouteTables;
using GitOpsGateway.RouteTables.Backends;
using GitOpsGateway.Routing.Decisions;
using static GitOpsGateway.Routing.Tests.Ir;

namespace GitOpsGateway.Routing.Tests.Decisions;

public sealed class WeightedChoiceTests
{
    private const int Picks = 100_000;

    [Fact]
    public void Picks_split_70_30_and_weight_0_is_never_picked()
    {
        EquatableArray<Backend> backends = [To("a", 70), To("b", 30), To("never", 0)];
        var random = new Random(20261126);
        var counts = new int[backends.Count];

        for (var pick = 0; pick < Picks; pick++)
        {
            counts[WeightedChoice.Pick(backends, random.NextDouble())]++;
        }

        // Binomial standard deviation at 100,000 picks is 0.14 %; 1 % is over seven of them.
        Assert.InRange(counts[0] / (double)Picks, 0.69, 0.71);
        Assert.InRange(counts[1] / (double)Picks, 0.29, 0.31);
        Assert.Equal(0, counts[2]);
    }

    [Theory]
    [InlineData(0.0, 1)]
    [InlineData(0.2499999, 1)]
    [InlineData(0.25, 3)]
    [InlineData(0.9999999999999999, 3)]
    public void The_random_number_maps_to_cumulative_weights_skipping_zero_weights(double random, int expected)
    {
        EquatableArray<Backend> backends = [To("zero", 0), To("quarter", 1), To("zero-again", 0), To("rest", 3)];

        Assert.Equal(expected, WeightedChoice.Pick(backends, random));
    }

    [Fact]
    public void No_backend_is_picked_when_every_weight_is_zero_or_there_is_none()
    {
        Assert.Equal(-1, WeightedChoice.Pick([To("a", 0), To("b", 0)], 0.5));
        Assert.Equal(-1, WeightedChoice.Pick([], 0.5));
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.0)]
    [InlineData(double.NaN)]
    public void A_random_number_outside_0_to_1_is_refused(double random) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => WeightedChoice.Pick([To("a")], random));

    [Fact]
    public void The_share_of_an_invalid_backend_is_answered_with_500()
    {
        var rule = Prefix("half", "/") with { Backends = [To("apps/good:8080"), new InvalidBackend { Weight = 1, Reason = "BackendNotFound" }] };
        var forward = CompiledRouter.Build(Rules(rule)).As<Forward>(Requests.Http("h"));
        var random = new Random(7);
        var failures = 0;

        for (var pick = 0; pick < Picks; pick++)
        {
            switch (forward.Choose(random.NextDouble()))
            {
                case DirectResponse { StatusCode: 500 } response:
                    Assert.Contains("BackendNotFound", response.Reason, StringComparison.Ordinal);
                    failures++;
                    break;
                case Forward chosen:
                    Assert.Equal("apps/good:8080", chosen.Chosen?.ClusterId);
                    break;
                case var other:
                    Assert.Fail($"unexpected {other}");
                    break;
            }
        }

        Assert.InRange(failures / (double)Picks, 0.49, 0.51);
    }

    [Fact]
    public void A_rule_whose_weights_are_all_zero_answers_500_when_a_backend_is_chosen()
    {
        var rule = Prefix("drained", "/") with { Backends = [To("apps/a:8080", 0)] };
        var forward = CompiledRouter.Build(Rules(rule)).As<Forward>(Requests.Http("h"));

        Assert.Equal(500, Assert.IsType<DirectResponse>(forward.Choose(0.5)).StatusCode);
    }
}
