using System.Text.RegularExpressions;
using GitOpsGateway.RouteTables.Http;

namespace GitOpsGateway.Routing.Matching;

/// <summary>One header or query parameter condition: the named value must be present and match.</summary>
internal sealed class ValueCondition
{
    private readonly string? _exact;
    private readonly Regex? _pattern;

    private ValueCondition(string name, string? exact, Regex? pattern)
    {
        Name = name;
        _exact = exact;
        _pattern = pattern;
    }

    public string Name { get; }

    /// <summary>A match type this router does not know never matches.</summary>
    public static ValueCondition Create(string name, StringMatchType type, string value, PatternCompiler patterns) =>
        type switch
        {
            StringMatchType.Exact => new(name, value, null),
            StringMatchType.RegularExpression => new(name, null, patterns.Compile(value)),
            _ => new(name, null, null),
        };

    public bool IsSatisfiedBy(ReadOnlySpan<char> value)
    {
        if (_exact is not null)
        {
            return value.SequenceEqual(_exact);
        }

        return _pattern is not null && PatternCompiler.IsMatch(_pattern, value);
    }
}
