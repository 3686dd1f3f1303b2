using GitOpsGateway.Routing.Matching;

namespace GitOpsGateway.Routing.Tests.Matching;

public sealed class HostnameTableTests
{
    private static readonly HostnameTable<string> Table = Filled("a.b.example.com", "*.b.example.com", "*.example.com", "*.org", "*");

    [Theory]
    [InlineData("a.b.example.com", "a.b.example.com *.b.example.com *.example.com *")]
    [InlineData("*.b.example.com", "*.b.example.com *.example.com *")]
    [InlineData("*.x.b.example.com", "*.b.example.com *.example.com *")]
    [InlineData("c.example.com", "*.example.com *")]
    [InlineData("*.example.com", "*.example.com *")]
    [InlineData("example.com", "*")]
    [InlineData("*", "*")]
    [InlineData(null, "*")]
    public void ThisAndLessSpecific_lists_every_registered_pattern_covering_a_pattern_from_the_most_specific(string? pattern, string expected) =>
        Assert.Equal(expected, string.Join(' ', Table.ThisAndLessSpecific(pattern)));

    [Fact]
    public void ThisAndLessSpecific_without_a_catch_all_ends_at_the_shortest_wildcard()
    {
        var table = Filled("a.example.com", "*.example.com");

        Assert.Equal(["a.example.com", "*.example.com"], table.ThisAndLessSpecific("a.example.com"));
        Assert.Empty(table.ThisAndLessSpecific("a.example.org"));
    }

    private static HostnameTable<string> Filled(params string[] patterns)
    {
        var table = new HostnameTable<string>();
        foreach (var pattern in patterns)
        {
            table.Add(pattern, pattern);
        }

        return table;
    }
}
