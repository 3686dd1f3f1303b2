using GitOpsGateway.ControlPlane.Configuration;
using Microsoft.Extensions.Configuration;

namespace GitOpsGateway.ControlPlane.Tests.Configuration;

public sealed class NodeTokenSettingsTests
{
    [Fact]
    public void named_tokens_with_their_gateways_are_read_from_lines_or_semicolons()
    {
        var settings = Read("# name gateways token\nedge-nodes infra/edge,infra/internal edge-token-0123456789;other-nodes shop/edge other-token-0123456789");

        Assert.Equal(["edge-nodes", "other-nodes"], settings.NodeTokens.Select(grant => grant.Name));
        Assert.Equal(["infra/edge", "infra/internal"], settings.NodeTokens[0].Gateways);
        Assert.Equal("other-token-0123456789", settings.NodeTokens[1].Token);
        Assert.DoesNotContain("token-0123456789", settings.NodeTokens[0].ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("old-flat-token-0123456789")]
    [InlineData("old-flat-token-0123456789,second-flat-token-0123456789")]
    public void the_flat_token_list_of_earlier_versions_is_refused_at_start_with_the_new_format_and_without_the_token(string flat)
    {
        var failure = Assert.Throws<ControlPlaneConfigurationException>(() => Read(flat));

        var problem = Assert.Single(failure.Problems);
        Assert.Contains("NodeTokens entry 1 is a bare token", problem, StringComparison.Ordinal);
        Assert.Contains(NodeTokenList.Format, problem, StringComparison.Ordinal);
        Assert.DoesNotContain("flat-token", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("edge infra/edge short", "shorter than 16 characters")]
    [InlineData("edge edge edge-token-0123456789", "is not a Gateway 'namespace/name'")]
    [InlineData("bad name! infra/edge edge-token-0123456789", "has 4 fields")]
    [InlineData("edge infra/edge same-token-0123456789\nother infra/other same-token-0123456789", "repeats the token of entry 1")]
    public void a_malformed_entry_is_refused_with_its_number_and_never_its_token(string text, string expected)
    {
        var failure = Assert.Throws<ControlPlaneConfigurationException>(() => Read(text));

        Assert.Contains(failure.Problems, problem => problem.Contains(expected, StringComparison.Ordinal));
        Assert.DoesNotContain("token-0123456789", failure.Message, StringComparison.Ordinal);
    }

    private static ControlPlaneSettings Read(string nodeTokens) => ControlPlaneSettingsReader.Read(
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database"] = "Host=db;Database=gateway",
            ["AdminToken"] = "admin-token-0123456789",
            ["NodeTokens"] = nodeTokens,
            ["Sources:0:Name"] = "shop",
            ["Sources:0:Repository"] = "https://git.example.com/acme/shop.git",
        }).Build(),
        new ConfigurationBuilder().Build(),
        []);
}
