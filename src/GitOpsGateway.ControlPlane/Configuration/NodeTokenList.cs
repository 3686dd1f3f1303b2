using GitOpsGateway.NodeFeed.Protocol;
using GitOpsGateway.NodeFeed.Server;

namespace GitOpsGateway.ControlPlane.Configuration;

/// <summary>
/// Reads the <c>NodeTokens</c> setting (or the file <c>NodeTokensFile</c> names): one entry per line or separated by
/// ';', each <c>NAME NAMESPACE/GATEWAY[,NAMESPACE/GATEWAY...] TOKEN</c> separated by blanks; '#' starts a comment
/// line. The flat list of bare tokens of earlier versions is refused with a message saying how to convert it
/// (ADR 0018). Problems name entries by number and never quote a token.
/// </summary>
public static class NodeTokenList
{
    public const string Format = "NAME NAMESPACE/GATEWAY[,NAMESPACE/GATEWAY...] TOKEN";

    /// <summary>Shorter tokens are refused: a node token is a credential, generate it (openssl rand -hex 32).</summary>
    public const int MinimumTokenLength = 16;

    public static IReadOnlyList<NodeTokenGrant> Parse(string text, string origin, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(problems);
        var grants = new List<NodeTokenGrant>();
        var entries = text.Split(['\n', '\r', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(entry => !entry.StartsWith('#'))
            .ToList();
        for (var index = 0; index < entries.Count; index++)
        {
            var at = $"{origin} entry {index + 1}";
            var fields = entries[index].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length == 1)
            {
                problems.Add($"{at} is a bare token (or a comma-separated list of them): every node token now has a name and the Gateways it serves, "
                    + $"'{Format}' (see docs/security.md, Node tokens).");
                continue;
            }

            if (fields.Length != 3)
            {
                problems.Add($"{at} has {fields.Length} fields; expected '{Format}'.");
                continue;
            }

            if (Grant(fields, at, problems) is { } grant)
            {
                if (grants.FindIndex(other => other.Token == grant.Token) is var same and >= 0)
                {
                    problems.Add($"{at} repeats the token of entry {same + 1}: every token has one name.");
                    continue;
                }

                grants.Add(grant);
            }
        }

        return grants;
    }

    private static NodeTokenGrant? Grant(string[] fields, string at, List<string> problems)
    {
        var count = problems.Count;
        var (name, gatewayList, token) = (fields[0], fields[1], fields[2]);
        if (!NodeName.IsValid(name))
        {
            problems.Add($"{at}: the name '{name}' may hold letters, digits, '.', '-' and '_' only.");
        }

        var gateways = new List<string>();
        foreach (var text in gatewayList.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (GatewayKey.TryParse(text, out var gateway))
            {
                gateways.Add(GatewayKey.Format(gateway));
            }
            else
            {
                problems.Add($"{at}: '{text}' is not a Gateway 'namespace/name'.");
            }
        }

        if (gateways.Count == 0 && problems.Count == count)
        {
            problems.Add($"{at}: name at least one Gateway 'namespace/name'.");
        }

        if (token.Length < MinimumTokenLength)
        {
            problems.Add($"{at}: the token is shorter than {MinimumTokenLength} characters.");
        }

        return problems.Count == count ? new NodeTokenGrant(name, [.. gateways.Distinct(StringComparer.Ordinal)], token) : null;
    }
}
