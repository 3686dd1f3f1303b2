namespace GitOpsGateway.Host.CommandLine;

/// <summary>
/// <c>--name value</c> or <c>--name=value</c> flags of one subcommand, checked against the names it knows, so a
/// typo is an error rather than a silently ignored setting.
/// </summary>
internal sealed class CommandFlags
{
    private readonly Dictionary<string, string> values;

    private CommandFlags(Dictionary<string, string> values) => this.values = values;

    /// <param name="problems">Receives an unknown, refused or repeated flag, a flag without value, a stray argument;
    /// the caller adds its own and reports them all at once.</param>
    public static CommandFlags Parse(
        IReadOnlyList<string> arguments, IReadOnlySet<string> known, List<string> problems, IReadOnlyDictionary<string, string>? refused = null)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(problems);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var index = 0; index < arguments.Count; index++)
        {
            var argument = arguments[index];
            if (!argument.StartsWith("--", StringComparison.Ordinal))
            {
                problems.Add($"Unexpected argument '{argument}'.");
                continue;
            }

            var equals = argument.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? argument[2..] : argument[2..equals];
            string? value = equals < 0 ? null : argument[(equals + 1)..];
            if (value is null && index + 1 < arguments.Count && !arguments[index + 1].StartsWith("--", StringComparison.Ordinal))
            {
                value = arguments[++index];
            }

            if (refused is not null && refused.TryGetValue(name, out var why))
            {
                problems.Add($"--{name} is not accepted: {why}");
            }
            else if (!known.Contains(name))
            {
                problems.Add($"Unknown option --{name}; known: {string.Join(", ", known.Order(StringComparer.Ordinal).Select(flag => "--" + flag))}.");
            }
            else if (value is null)
            {
                problems.Add($"--{name} needs a value.");
            }
            else if (!values.TryAdd(name, value))
            {
                problems.Add($"--{name} is given twice.");
            }
        }

        return new CommandFlags(values);
    }

    public string? this[string name] => values.GetValueOrDefault(name);

    public string Get(string name, string fallback) => values.GetValueOrDefault(name) ?? fallback;
}
