using System.Text.RegularExpressions;

namespace GitOpsGateway.Deploy.Tests.HostSurface;

/// <summary>
/// The settings <c>gitops-gateway control-plane</c> reads (src/GitOpsGateway.ControlPlane/Configuration/
/// ControlPlaneSettingsReader.cs and SourceSettings.cs; <c>urls</c> is ASP.NET Core's). The control plane binds
/// configuration and so ignores a key it does not know: a misspelt variable in a deployment would go unnoticed,
/// which is what <see cref="IsKnown"/> catches. <c>ControlPlaneSettingKeysTests</c> checks this list against the reader.
/// </summary>
internal static partial class ControlPlaneSettingKeys
{
    public const string EnvironmentPrefix = "GITOPS_GATEWAY_";

    public static IReadOnlyList<string> Plain { get; } =
    [
        "Database", "ControllerName", "StateDirectory", "AdminToken", "AdminTokenFile", "NodeTokens", "NodeTokensFile",
        "Webhooks:GitHubSecret", "Webhooks:GitHubSecretFile", "Webhooks:GitLabToken", "Webhooks:GitLabTokenFile",
        "Webhooks:GiteaSecret", "Webhooks:GiteaSecretFile", "Ingestion:InitialHistoryDepth", "Ingestion:BatchSize",
        "Leadership:RetryInterval", "Telemetry:Exporter", "Telemetry:OtlpEndpoint", "urls",
    ];

    /// <summary>The keys of one <c>Sources:N</c> entry.</summary>
    public static IReadOnlyList<string> SourceFields { get; } =
        ["Name", "Repository", "Branch", "Folder", "PollInterval", "Username", "Password", "PasswordFile"];

    /// <summary>The command-line flags the control plane maps to keys (ControlPlaneHost's switch mappings).</summary>
    public static IReadOnlyDictionary<string, string> Flags { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["--database"] = "Database",
        ["--state-directory"] = "StateDirectory",
        ["--controller-name"] = "ControllerName",
        ["--urls"] = "urls",
    };

    /// <summary><c>GITOPS_GATEWAY_SOURCES__0__NAME</c> → <c>SOURCES:0:NAME</c>; null for a variable without the prefix.</summary>
    public static string? KeyOfVariable(string variable) =>
        variable.StartsWith(EnvironmentPrefix, StringComparison.Ordinal) ? variable[EnvironmentPrefix.Length..].Replace("__", ":", StringComparison.Ordinal) : null;

    /// <summary>Configuration keys are case-insensitive.</summary>
    public static bool IsKnown(string key)
    {
        if (Plain.Contains(key, StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }

        var source = SourceKey().Match(key);
        return source.Success && SourceFields.Contains(source.Groups["field"].Value, StringComparer.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"^Sources:\d+:(?<field>[A-Za-z]+)$", RegexOptions.IgnoreCase)]
    private static partial Regex SourceKey();
}
