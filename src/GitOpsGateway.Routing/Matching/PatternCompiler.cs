using System.Text.RegularExpressions;
using GitOpsGateway.RouteTables;

namespace GitOpsGateway.Routing.Matching;

/// <summary>
/// Compiles the table's regular expressions once each. NonBacktracking runs in time linear in the input, so a
/// hostile pattern cannot stall a node; the timeout is only a second guard, generous because it counts wall-clock
/// time (a descheduled thread, the engine's first JIT) and a timed-out match counts as no match. A pattern
/// matches the whole value (as in Envoy, the most common Gateway API data plane). A pattern NonBacktracking
/// cannot run (backreferences, lookarounds) never matches and is reported in <see cref="Problems"/>.
/// NonBacktracking is costly to construct (measured: milliseconds and ~300 KB per pattern), so patterns of the
/// previous router are reused and each new one runs once here, keeping its first JIT off the request path.
/// </summary>
internal sealed class PatternCompiler(IReadOnlyDictionary<string, CompiledPattern>? previous)
{
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    private readonly Dictionary<string, CompiledPattern> _compiled = new(StringComparer.Ordinal);
    private readonly List<string> _problems = [];

    public EquatableArray<string> Problems => [.. _problems];

    /// <summary>Every pattern of this table, for the next build to reuse; nothing of older tables stays alive.</summary>
    public IReadOnlyDictionary<string, CompiledPattern> Compiled => _compiled;

    /// <summary>Null when the pattern cannot be used: the condition holding it never matches.</summary>
    public Regex? Compile(string pattern)
    {
        if (!_compiled.TryGetValue(pattern, out var compiled))
        {
            compiled = previous is not null && previous.TryGetValue(pattern, out var reused) ? reused : Construct(pattern);
            _compiled.Add(pattern, compiled);
            if (compiled.Problem is not null)
            {
                _problems.Add(compiled.Problem);
            }
        }

        return compiled.Regex;
    }

    public static bool IsMatch(Regex regex, ReadOnlySpan<char> value)
    {
        try
        {
            return regex.IsMatch(value);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static CompiledPattern Construct(string pattern)
    {
        try
        {
            // Parsed alone first (the interpreter is cheapest to construct): only a pattern that stands on its own
            // can be wrapped in anchors unchanged.
            _ = new Regex(pattern, RegexOptions.CultureInvariant, MatchTimeout);
            var regex = new Regex($@"\A(?:{pattern})\z", Options, MatchTimeout);
            _ = IsMatch(regex, "warm-up");
            return new CompiledPattern(regex, null);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException)
        {
            return new CompiledPattern(null, $"regular expression '{pattern}' never matches: {exception.Message}");
        }
    }
}
