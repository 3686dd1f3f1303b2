using System.Text.RegularExpressions;

namespace GitOpsGateway.Deploy.Tests.Compose;

/// <summary>
/// Compose's variable substitution as compose.yaml uses it: <c>${NAME}</c>, <c>${NAME:?message}</c> (an error when
/// unset or empty) and <c>${NAME:-default}</c>; <c>$$</c> is a literal dollar sign.
/// </summary>
internal static partial class ComposeInterpolation
{
    public static string Apply(string text, IReadOnlyDictionary<string, string> variables, List<string> unset)
    {
        ArgumentNullException.ThrowIfNull(unset);
        return Reference().Replace(text, match =>
        {
            if (match.Value == "$$")
            {
                return "$";
            }

            var name = match.Groups["name"].Value;
            var has = variables.TryGetValue(name, out var value) && !string.IsNullOrEmpty(value);
            switch (match.Groups["operator"].Value)
            {
                case ":-":
                    return has ? value! : match.Groups["argument"].Value;
                case ":?" when !has:
                    unset.Add($"{name}: {match.Groups["argument"].Value}");
                    return string.Empty;
                default:
                    if (!has)
                    {
                        unset.Add(name);
                    }

                    return value ?? string.Empty;
            }
        });
    }

    [GeneratedRegex(@"\$\$|\$\{(?<name>[A-Za-z_][A-Za-z0-9_]*)(?:(?<operator>:[-?])(?<argument>[^}]*))?\}")]
    private static partial Regex Reference();
}
