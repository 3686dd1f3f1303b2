using GitOpsGateway.RouteTables.Http;

namespace GitOpsGateway.Routing.Matching;

/// <summary>
/// The rules of one virtual host, indexed to narrow candidates: exact paths by dictionary, prefixes by each
/// segment boundary of the request path, regular expressions always. Each candidate list is in IR order, and the
/// winner is the lowest IR position that fully matches, so the index never changes which rule wins.
/// </summary>
internal sealed class VirtualHostIndex
{
    // Most hosts have no exact or no prefix rules; they share this one read-only empty dictionary.
    private static readonly Dictionary<string, int[]> None = new(StringComparer.Ordinal);

    private readonly CompiledRule[] _rules;
    private readonly Dictionary<string, int[]> _exactPaths;
    private readonly Dictionary<string, int[]> _prefixes;
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _prefixLookup;
    private readonly int _longestPrefix;

    // Which prefix lengths occur: a request path is probed only at segment boundaries where a prefix could end,
    // which keeps a host that a request merely falls through (its own prefixes elsewhere) nearly free.
    private readonly bool[] _prefixLengths;
    private readonly int[] _patternRules;

    public VirtualHostIndex(CompiledRule[] rules)
    {
        _rules = rules;
        _exactPaths = Positions(rules, PathMatchType.Exact);
        _prefixes = Positions(rules, PathMatchType.PathPrefix);
        _prefixLookup = _prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        _longestPrefix = _prefixes.Count == 0 ? -1 : _prefixes.Keys.Max(key => key.Length);
        _prefixLengths = new bool[_longestPrefix + 1];
        foreach (var key in _prefixes.Keys)
        {
            _prefixLengths[key.Length] = true;
        }

        _patternRules = [.. Enumerable.Range(0, rules.Length).Where(index => rules[index].PathType is not (PathMatchType.Exact or PathMatchType.PathPrefix))];
    }

    public bool IsEmpty => _rules.Length == 0;

    public CompiledRule? FindFirst(in RouteRequest request)
    {
        var path = request.RoutedPath;
        var best = int.MaxValue;
        if (_exactPaths.Count > 0 && _exactPaths.TryGetValue(path, out var exact))
        {
            best = FirstMatch(exact, in request, path, best);
        }

        if (_prefixes.Count > 0)
        {
            // Every prefix the path has at a segment boundary, up to the longest in the index: "" (the prefix
            // "/"), "/a", "/a/b" for "/a/b".
            var end = Math.Min(path.Length - 1, _longestPrefix);
            for (var index = 0; index <= end; index++)
            {
                if (path[index] == '/' && _prefixLengths[index] && _prefixLookup.TryGetValue(path.AsSpan(0, index), out var prefixed))
                {
                    best = FirstMatch(prefixed, in request, path, best);
                }
            }

            if (!path.EndsWith('/') && path.Length <= _longestPrefix && _prefixLengths[path.Length] && _prefixes.TryGetValue(path, out var whole))
            {
                best = FirstMatch(whole, in request, path, best);
            }
        }

        if (_patternRules.Length > 0)
        {
            best = FirstMatch(_patternRules, in request, path, best);
        }

        return best == int.MaxValue ? null : _rules[best];
    }

    private int FirstMatch(int[] candidates, in RouteRequest request, string path, int best)
    {
        foreach (var candidate in candidates)
        {
            if (candidate >= best)
            {
                break;
            }

            if (_rules[candidate].Matches(in request, path))
            {
                return candidate;
            }
        }

        return best;
    }

    private static Dictionary<string, int[]> Positions(CompiledRule[] rules, PathMatchType type)
    {
        Dictionary<string, int[]>? positions = null;
        for (var index = 0; index < rules.Length; index++)
        {
            if (rules[index].PathType == type)
            {
                positions ??= new Dictionary<string, int[]>(StringComparer.Ordinal);
                var key = rules[index].PathKey;

                // Rules sharing a path are few; growing their array by one keeps the common single rule cheap.
                positions[key] = positions.TryGetValue(key, out var earlier) ? [.. earlier, index] : [index];
            }
        }

        return positions ?? None;
    }
}
