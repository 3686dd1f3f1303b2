using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace GitOpsGateway.GatewayApi.Validation;

/// <summary>
/// How regular expressions from manifests are compiled everywhere (validation, compiler, data plane):
/// .NET's non-backtracking engine, culture-invariant, with a match timeout. Matching time is linear in the
/// input, so "(a+)+$" cannot stall a request; constructs that need backtracking (backreferences, lookarounds,
/// atomic groups) are rejected, and so are patterns whose automaton would be too large.
/// </summary>
public static class UserRegex
{
    public const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    /// <summary>
    /// A backstop, not a budget: matching is linear, but the first match builds the automaton lazily, which took
    /// over 100 ms on a loaded two-core machine.
    /// </summary>
    public static TimeSpan MatchTimeout { get; } = TimeSpan.FromSeconds(1);

    /// <summary>Compiles <paramref name="pattern"/> anchored at both ends: path and header regexes must match the whole value.</summary>
    public static bool TryCreateFullMatch(string pattern, [NotNullWhen(true)] out Regex? regex, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        regex = null;
        try
        {
            // Compiling the bare pattern first keeps error offsets meaningful to the author.
            _ = new Regex(pattern, Options, MatchTimeout);
            regex = new Regex($"\\A(?:{pattern})\\z", Options, MatchTimeout);
            error = null;
            return true;
        }
        catch (RegexParseException exception)
        {
            error = $"is not a valid regular expression: {Quoting(exception.Message, pattern)}";
        }
        catch (NotSupportedException exception)
        {
            error = $"cannot be matched in linear time: {Quoting(exception.Message, pattern)}";
        }
        catch (ArgumentException exception)
        {
            error = $"is not a valid regular expression: {Quoting(exception.Message, pattern)}";
        }

        return false;
    }

    /// <summary>.NET's message quotes the whole pattern; a long one is cut to an <see cref="Excerpt"/>.</summary>
    private static string Quoting(string message, string pattern) =>
        pattern.Length == 0 ? message : message.Replace(pattern, Excerpt.Of(pattern), StringComparison.Ordinal);
}
