namespace GitOpsGateway.Routing.Matching;

/// <summary>
/// Finds what is registered under the most specific pattern matching a hostname: the exact name, else the longest
/// wildcard (<c>*.example.com</c> matches any number of labels before <c>.example.com</c>, never the bare
/// domain), else the catch-all (<c>*</c> or no hostname). Case-insensitive, allocation-free lookups. Filled once
/// while the router is built, read-only afterwards; <see cref="ThisAndLessSpecific"/> lists the patterns a
/// request falls through to once the most specific one is found.
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

    /// <summary>
    /// What is registered under <paramref name="pattern"/> and under every less specific pattern that matches all
    /// the names it matches, most specific first: the exact name, each wildcard above it from the longest, then
    /// the catch-all. Wildcards nest by suffix, so this is also the order in which they match any one request.
    /// </summary>
    public IEnumerable<T> ThisAndLessSpecific(string? pattern)
    {
        if (pattern is not (null or "*"))
        {
            var isWildcard = pattern.StartsWith("*.", StringComparison.Ordinal);
            if (!isWildcard && _exact.TryGetValue(pattern, out var exact))
            {
                yield return exact;
            }

            // A wildcard's own suffix starts at its dot; an exact name's suffixes start at each of its dots.
            var name = isWildcard ? pattern[1..] : pattern;
            for (var index = 0; index < name.Length; index++)
            {
                if (name[index] == '.' && _wildcardSuffixes.TryGetValue(name[index..], out var wildcard))
                {
                    yield return wildcard;
                }
            }
        }

        if (_catchAll is not null)
        {
            yield return _catchAll;
        }
    }
}
