using System.Security.Cryptography;
using System.Text;

namespace GitOpsGateway.NodeFeed.Server;

/// <summary>
/// The node tokens in force, replaceable while the host runs (a re-read token file). When a replacement gives a
/// name new tokens, the tokens it drops stay valid for the overlap so nodes still holding them keep working during
/// the rollout; a name that disappears altogether loses its tokens at once (a revocation must not linger).
/// </summary>
public sealed class NodeTokenSet
{
    private readonly TimeSpan overlap;
    private readonly TimeProvider time;
    private volatile Entry[] entries;

    public NodeTokenSet(IEnumerable<NodeTokenGrant> grants, TimeSpan overlap, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(grants);
        ArgumentNullException.ThrowIfNull(time);
        this.overlap = overlap;
        this.time = time;
        entries = [.. grants.Where(grant => !string.IsNullOrWhiteSpace(grant.Token)).Select(grant => Entry.Of(grant, null))];
    }

    /// <summary>Tokens usable now, overlapping ones included.</summary>
    public int Count => Live(time.GetUtcNow()).Count();

    /// <summary>Puts <paramref name="grants"/> in force; returns the names whose old tokens now overlap with new ones.</summary>
    public IReadOnlyList<string> Replace(IReadOnlyCollection<NodeTokenGrant> grants)
    {
        ArgumentNullException.ThrowIfNull(grants);
        var now = time.GetUtcNow();
        var next = grants.Where(grant => !string.IsNullOrWhiteSpace(grant.Token)).Select(grant => Entry.Of(grant, null)).ToList();
        var names = next.Select(entry => entry.Identity.Name).ToHashSet(StringComparer.Ordinal);
        var overlapping = Live(now)
            .Where(old => names.Contains(old.Identity.Name)
                && !next.Any(entry => CryptographicOperations.FixedTimeEquals(entry.Identity.Digest, old.Identity.Digest)))
            .Select(old => old with { ExpiresAt = old.ExpiresAt ?? now + overlap })
            .Where(old => overlap > TimeSpan.Zero)
            .ToList();
        entries = [.. next, .. overlapping];
        return [.. overlapping.Select(entry => entry.Identity.Name).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The identity whose token is <paramref name="token"/>, compared in constant time against every token in force.</summary>
    internal NodeIdentity? Match(string token) => Match(Digest(token));

    internal NodeIdentity? Match(byte[] digest)
    {
        var now = time.GetUtcNow();
        NodeIdentity? matched = null;
        foreach (var entry in entries)
        {
            if (CryptographicOperations.FixedTimeEquals(digest, entry.Identity.Digest) && (entry.ExpiresAt is null || entry.ExpiresAt > now))
            {
                matched = entry.Identity;
            }
        }

        return matched;
    }

    internal static byte[] Digest(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token.Trim()));

    private IEnumerable<Entry> Live(DateTimeOffset now) => entries.Where(entry => entry.ExpiresAt is null || entry.ExpiresAt > now);

    private sealed record Entry(NodeIdentity Identity, DateTimeOffset? ExpiresAt)
    {
        public static Entry Of(NodeTokenGrant grant, DateTimeOffset? expiresAt) => new(
            new NodeIdentity(grant.Name, grant.Gateways.ToHashSet(StringComparer.Ordinal), Digest(grant.Token)),
            expiresAt);
    }
}
