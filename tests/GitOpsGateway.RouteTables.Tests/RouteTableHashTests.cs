using System.Security.Cryptography;
using GitOpsGateway.RouteTables.Serialization;

namespace GitOpsGateway.RouteTables.Tests;

public sealed class RouteTableHashTests
{
    private static readonly string HashOfAs = new('a', 64);
    private static readonly string HashOfBs = new('b', 64);

    [Fact]
    public void The_table_hash_is_the_lowercase_hex_sha256_of_the_canonical_bytes()
    {
        var table = SampleTables.Full();

        var hash = RouteTableHash.Compute(table);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(RouteTableSerializer.ToCanonicalJson(table))), hash);
        Assert.Matches("^[0-9a-f]{64}$", hash);
    }

    [Fact]
    public void Any_change_in_content_changes_the_hash()
    {
        var table = SampleTables.Full();

        var renamed = table with { GatewayClass = "other" };

        Assert.NotEqual(RouteTableHash.Compute(table), RouteTableHash.Compute(renamed));
    }

    [Fact]
    public void Combining_hashes_sorts_them_and_hashes_their_concatenation()
    {
        // printf '%s%s' aaa…a bbb…b | sha256sum
        const string expected = "fa0dafbf43f1f551e536353e9d1a942a8e86e41a0b58dfeaf264ef217f6b862a";

        Assert.Equal(expected, RouteTableHash.Combine([HashOfBs, HashOfAs]));
        Assert.Equal(expected, RouteTableHash.Combine([HashOfAs, HashOfBs]));
    }

    [Fact]
    public void The_hash_of_no_tables_is_the_hash_of_empty_input()
    {
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", RouteTableHash.Compute([]));
    }

    [Fact]
    public void The_hash_of_a_set_of_tables_does_not_depend_on_their_order()
    {
        var first = SampleTables.Full();
        var second = first with { Gateway = new NamespacedName { Namespace = "infra", Name = "internal" } };

        var forward = RouteTableHash.Compute([first, second]);
        var backward = RouteTableHash.Compute([second, first]);

        Assert.Equal(forward, backward);
        Assert.Equal(RouteTableHash.Combine([RouteTableHash.Compute(first), RouteTableHash.Compute(second)]), forward);
        Assert.NotEqual(RouteTableHash.Compute([first]), forward);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public void Combining_refuses_strings_that_are_not_table_hashes(string malformed)
    {
        Assert.Throws<ArgumentException>(() => RouteTableHash.Combine([HashOfAs, malformed]));
    }
}
