namespace GitOpsGateway.Routing.Matching;

/// <summary>
/// Finds what is registered under the most specific pattern matching a hostname: the exact name, else the longest
/// wildcard (<c>*.example.com</c> matches any number of labels before <c>.example.com</c>, never the bare
/// domain), else the catch-all (<c>*</c> or no hostname). Case-insensitive, allocation-free lookups. Filled once
/// while the router is built, read-only afterwards.
/// </summary>
internal sealed class HostnameTable<T>
    where T : class
{
    private readonly Dictionary<string, T> _exact = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, T> _wildcardSuffixes = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _exactLookup;
    private readonly Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _suffixLookup;
    private T? _catchAll;

    public HostnameTable()
    {
        _exactLookup = _exact.GetAlternateLookup<ReadOnlySpan<char>>();
        _suffixLookup = _wildcardSuffixes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The first value registered for a pattern wins, as the first listed always does in the IR.</summary>
    public void Add(string? pattern, T value)
    {
        if (pattern is null or "*")
        {
            _catchAll ??= value;
        }
        else if (pattern.StartsWith("*.", StringComparison.Ordinal))
        {
            _wildcardSuffixes.TryAdd(pattern[1..], value);
        }
        else
        {
            _exact.TryAdd(pattern, value);
        }
    }

    public T? Find(ReadOnlySpan<char> hostname)
    {
        if (hostname.IsEmpty)
        {
            return _catchAll;
        }

        if (_exact.Count > 0 && _exactLookup.TryGetValue(hostname, out var exact))
        {
            return exact;
        }

        if (_wildcardSuffixes.Count > 0)
        {
            // The leftmost dot gives the longest suffix, so the first hit is the most specific wildcard.
            for (var index = 1; index < hostname.Length; index++)
            {
                if (hostname[index] == '.' && _suffixLookup.TryGetValue(hostname[index..], out var wildcard))
                {
                    return wildcard;
                }
            }
        }

        return _catchAll;
    }
}
