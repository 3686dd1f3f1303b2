using GitOpsGateway.Audit.References;

namespace GitOpsGateway.Audit.Tests.References;

public sealed class ReferenceFactDiffTests
{
    [Fact]
    public void facts_start_stop_or_change_their_detail_and_equal_facts_are_silent()
    {
        var before = new[] { Fact("a", "shop/one", "weight 90"), Fact("b", "shop/one", "weight 1"), Fact("c", "shop/one", null) };
        var after = new[] { Fact("a", "shop/one", "weight 50"), Fact("c", "shop/one", null), Fact("c", "shop/two", null) };

        var changes = ReferenceFactDiff.Compare(before, after);

        Assert.Equal(
            ["Changed a HTTPRoute/shop/one weight 90 -> weight 50", "Stopped b HTTPRoute/shop/one weight 1 -> ", "Started c HTTPRoute/shop/two  -> "],
            changes.Select(change => $"{change.Kind} {change.Fact.Value} {change.Fact.Route} {change.Before?.Detail} -> {change.After?.Detail}"));
    }

    private static ReferenceFact Fact(string value, string route, string? detail) =>
        new() { Dimension = ReferenceDimension.Backend, Value = value, Route = $"HTTPRoute/{route}", Detail = detail };
}
