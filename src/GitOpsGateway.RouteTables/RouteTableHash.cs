using System.Security.Cryptography;
using System.Text;
using GitOpsGateway.RouteTables.Serialization;

namespace GitOpsGateway.RouteTables;

/// <summary>Content hashes: equal hashes mean the nodes would serve exactly the same thing.</summary>
public static class RouteTableHash
{
    /// <summary>Lowercase hex SHA-256 of <see cref="RouteTableSerializer.ToCanonicalJson"/>.</summary>
    public static string Compute(RouteTable table) =>
        Convert.ToHexStringLower(SHA256.HashData(RouteTableSerializer.ToCanonicalJson(table)));

    /// <summary>The hash of a set of tables (a version may cover several Gateways); see <see cref="Combine"/>.</summary>
    public static string Compute(IEnumerable<RouteTable> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        return Combine(tables.Select(Compute));
    }

    /// <summary>
    /// Lowercase hex SHA-256 of the per-table hashes sorted ordinally and concatenated (64 hex characters each,
    /// no separator), so the order in which tables are listed does not matter.
    /// </summary>
    public static string Combine(IEnumerable<string> tableHashes)
    {
        ArgumentNullException.ThrowIfNull(tableHashes);
        var sorted = tableHashes.Order(StringComparer.Ordinal).ToList();
        if (sorted.Find(hash => !IsTableHash(hash)) is { } malformed)
        {
            throw new ArgumentException($"'{malformed}' is not a lowercase hex SHA-256.", nameof(tableHashes));
        }

        var concatenated = string.Concat(sorted);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(concatenated)));
    }

    private static bool IsTableHash(string hash) =>
        hash.Length == 64 && hash.All(character => char.IsAsciiDigit(character) || character is >= 'a' and <= 'f');
}
