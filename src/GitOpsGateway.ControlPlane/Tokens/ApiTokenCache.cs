using System.Collections.Concurrent;

namespace GitOpsGateway.ControlPlane.Tokens;

/// <summary>
/// Lookups of presented tokens, kept at most <see cref="MaxAge"/> and dropped whenever any replica changes a token
/// (<see cref="ApiTokenNotifications"/>): a revocation reaches every replica at the next request after the
/// notification, and within <see cref="MaxAge"/> even if the notification is lost. Unknown tokens are cached too,
/// so guessing costs the database nothing more than once per <see cref="MaxAge"/>.
/// </summary>
public sealed class ApiTokenCache(ApiTokenStore store, TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMilliseconds(500);

    /// <summary>Beyond this many entries the cache starts afresh, so a flood of made-up tokens cannot grow it without bound.</summary>
    private const int MaxEntries = 10_000;

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    /// <summary>The token the secret belongs to (revoked and expired ones included: the caller decides), or null.</summary>
    public async Task<ApiToken?> FindAsync(string secret, CancellationToken cancellationToken)
    {
        var hash = ApiTokenSecret.Hash(secret);
        var now = clock.GetUtcNow();
        if (entries.TryGetValue(hash, out var cached) && now - cached.ReadAt < MaxAge)
        {
            return cached.Token;
        }

        var token = await store.FindByHashAsync(hash, cancellationToken);
        if (entries.Count >= MaxEntries)
        {
            entries.Clear();
        }

        entries[hash] = new Entry(token, now);
        if (token is not null && token.IsValidAt(now))
        {
            await store.TouchAsync(token, cancellationToken);
        }

        return token;
    }

    public void Clear() => entries.Clear();

    private sealed record Entry(ApiToken? Token, DateTimeOffset ReadAt);
}
