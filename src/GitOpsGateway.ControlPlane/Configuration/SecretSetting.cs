using Microsoft.Extensions.Configuration;

namespace GitOpsGateway.ControlPlane.Configuration;

/// <summary>
/// A secret is read from its key (appsettings or environment) or from the file named by the key plus "File", so
/// it can come from a mounted Kubernetes Secret. Command-line flags never carry secrets: they show in process lists.
/// </summary>
internal static class SecretSetting
{
    public const string FileSuffix = "File";

    public static string? Read(IConfiguration configuration, string key, List<string> problems)
    {
        var direct = configuration[key];
        var file = configuration[key + FileSuffix];
        if (!string.IsNullOrEmpty(direct) && !string.IsNullOrEmpty(file))
        {
            problems.Add($"{key} and {key}{FileSuffix} are both set; set one.");
            return null;
        }

        if (!string.IsNullOrEmpty(file))
        {
            if (!File.Exists(file))
            {
                problems.Add($"{key}{FileSuffix} names {file}, which does not exist.");
                return null;
            }

            var content = File.ReadAllText(file).Trim();
            if (content.Length == 0)
            {
                problems.Add($"{key}{FileSuffix} names {file}, which is empty.");
                return null;
            }

            return content;
        }

        return string.IsNullOrEmpty(direct) ? null : direct;
    }

    /// <summary>True for keys whose value is a secret: such keys are refused on the command line.</summary>
    public static bool IsSecretKey(string key)
    {
        var last = key[(key.LastIndexOf(':') + 1)..];
        return last.Equals("AdminToken", StringComparison.OrdinalIgnoreCase)
            || last.Equals("NodeTokens", StringComparison.OrdinalIgnoreCase)
            || last.Equals("Password", StringComparison.OrdinalIgnoreCase)
            || last.Equals("GitHubSecret", StringComparison.OrdinalIgnoreCase)
            || last.Equals("GitLabToken", StringComparison.OrdinalIgnoreCase)
            || last.Equals("GiteaSecret", StringComparison.OrdinalIgnoreCase)
            || last.Equals("WebhookSecret", StringComparison.OrdinalIgnoreCase);
    }
}
