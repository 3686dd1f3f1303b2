using GitOpsGateway.ControlPlane.Configuration;

namespace GitOpsGateway.Deploy.Tests.HostSurface;

/// <summary>
/// The settings <c>gitops-gateway control-plane</c> reads (src/GitOpsGateway.ControlPlane/Configuration/
/// ControlPlaneSettingsReader.cs and SourceSettings.cs; <c>urls</c> is ASP.NET Core's). The control plane binds
/// configuration and so ignores a key it does not know: a misspelt variable in a deployment would go unnoticed,
/// which is what <see cref="IsKnown"/> catches, with the control plane's own list (<see cref="KnownSettingKeys"/>,
/// which also warns at start). <c>ControlPlaneSettingKeysTests</c> checks that list against the reader.
/// </summary>
internal static class ControlPlaneSettingKeys
{
    public const string EnvironmentPrefix = "GITOPS_GATEWAY_";

    /// <summary>The command-line flags the control plane maps to keys (ControlPlaneHost's switch mappings).</summary>
    public static IReadOnlyDictionary<string, string> Flags { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["--database"] = "Database",
        ["--state-directory"] = "StateDirectory",
        ["--controller-name"] = "ControllerName",
        ["--cluster-domain"] = "ClusterDomain",
        ["--urls"] = "urls",
    };

    /// <summary><c>GITOPS_GATEWAY_SOURCES__0__NAME</c> → <c>SOURCES:0:NAME</c>; null for a variable without the prefix.</summary>
    public static string? KeyOfVariable(string variable) =>
        variable.StartsWith(EnvironmentPrefix, StringComparison.Ordinal) ? variable[EnvironmentPrefix.Length..].Replace("__", ":", StringComparison.Ordinal) : null;

    /// <summary>Configuration keys are case-insensitive; the control plane's own list decides.</summary>
    public static bool IsKnown(string key) => KnownSettingKeys.IsKnown(key);
}
