using System.Text.RegularExpressions;

namespace GitOpsGateway.ControlPlane.Configuration;

/// <summary>
/// The keys <see cref="ControlPlaneSettingsReader"/> reads, so a key it would silently ignore (a typo in a
/// deployment) can be named at start together with the known key it most resembles.
/// </summary>
internal static partial class KnownSettingKeys
{
    /// <summary>The sections the control plane owns: every key under them must be one it reads.</summary>
    public static IReadOnlyList<string> Sections { get; } = ["Webhooks", "Sources", "Ingestion", "Leadership", "Telemetry", "Oidc"];

    public static IReadOnlyList<string> Plain { get; } =
    [
        "Database", "ControllerName", "ClusterDomain", "StateDirectory", "AdminToken", "AdminTokenFile", "NodeTokens", "NodeTokensFile", "NodeTokensOverlap",
        "Webhooks:GitHubSecret", "Webhooks:GitHubSecretFile", "Webhooks:GitLabToken", "Webhooks:GitLabTokenFile",
        "Webhooks:GiteaSecret", "Webhooks:GiteaSecretFile", "Webhooks:SecretOverlap", "Ingestion:InitialHistoryDepth", "Ingestion:BatchSize",
        "Leadership:RetryInterval", "Telemetry:Exporter", "Telemetry:OtlpEndpoint", "urls",
        "Oidc:Issuer", "Oidc:Audience", "Oidc:ClockSkew", "Oidc:CaFile", "Oidc:GroupsClaim", "Oidc:NameClaim",
    ];

    /// <summary>The keys of one <c>Sources:N</c> entry.</summary>
    public static IReadOnlyList<string> SourceFields { get; } =
        ["Name", "Repository", "Branch", "Folder", "PollInterval", "Username", "Password", "PasswordFile", "WebhookSecret", "WebhookSecretFile"];

    /// <summary>The keys of one <c>Oidc:Grants:N</c> entry.</summary>
    public static IReadOnlyList<string> GrantFields { get; } = ["Group", "Subject", "Role", "Sources", "Gateways"];

    /// <summary>Variables with the prefix that other commands and tools read: not control-plane settings, not typos either.</summary>
    public static IReadOnlyList<string> OtherVariables { get; } = ["NODE_TOKEN", "NODE_TOKEN_FILE", "REGENERATE_CODE"];

    /// <summary>Configuration keys are case-insensitive; <c>Sources:N:Field</c> for any index N.</summary>
    public static bool IsKnown(string key) =>
        Plain.Contains(key, StringComparer.OrdinalIgnoreCase) || Candidates(key).Contains(key, StringComparer.OrdinalIgnoreCase);

    /// <summary>The known key the fewest single-character edits away (ignoring case), in the known key's spelling.</summary>
    public static string Closest(string key) =>
        Candidates(key).MinBy(candidate => EditDistance(key.ToUpperInvariant(), candidate.ToUpperInvariant()))!;

    /// <summary>The plain keys, and the source and grant fields under the same index as <paramref name="key"/> (0 when it has none).</summary>
    private static IEnumerable<string> Candidates(string key)
    {
        var index = SourceIndex().Match(key) is { Success: true } match ? match.Groups["index"].Value : "0";
        var grant = GrantIndex().Match(key) is { Success: true } grantMatch ? grantMatch.Groups["index"].Value : "0";
        return Plain
            .Concat(SourceFields.Select(field => $"Sources:{index}:{field}"))
            .Concat(GrantFields.Select(field => $"Oidc:Grants:{grant}:{field}"));
    }

    private static int EditDistance(string from, string to)
    {
        var previous = Enumerable.Range(0, to.Length + 1).ToArray();
        var current = new int[to.Length + 1];
        for (var i = 1; i <= from.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= to.Length; j++)
            {
                var substitution = previous[j - 1] + (from[i - 1] == to[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[to.Length];
    }

    [GeneratedRegex(@"^Sources:(?<index>\d+)(:|$)", RegexOptions.IgnoreCase)]
    private static partial Regex SourceIndex();

    [GeneratedRegex(@"^Oidc:Grants:(?<index>\d+)(:|$)", RegexOptions.IgnoreCase)]
    private static partial Regex GrantIndex();
}
