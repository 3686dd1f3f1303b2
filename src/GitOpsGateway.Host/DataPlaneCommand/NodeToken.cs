namespace GitOpsGateway.Host.DataPlaneCommand;

/// <summary>The node's bearer token for the feed: from a file (a mounted Kubernetes Secret) or an environment variable, not both.</summary>
internal static class NodeToken
{
    public static string? Read(string? file, string? variable, List<string> problems)
    {
        if (!string.IsNullOrEmpty(file) && !string.IsNullOrEmpty(variable))
        {
            problems.Add($"The node token is set both in {DataPlaneSettingsReader.TokenVariable} and as a file ({file}); set one.");
            return null;
        }

        if (!string.IsNullOrEmpty(file))
        {
            if (!File.Exists(file))
            {
                problems.Add($"The node token file {file} does not exist.");
                return null;
            }

            var content = File.ReadAllText(file).Trim();
            if (content.Length == 0)
            {
                problems.Add($"The node token file {file} is empty.");
                return null;
            }

            return content;
        }

        if (string.IsNullOrWhiteSpace(variable))
        {
            problems.Add($"No node token: set {DataPlaneSettingsReader.TokenVariable} or give --node-token-file (or {DataPlaneSettingsReader.TokenFileVariable}).");
            return null;
        }

        return variable.Trim();
    }
}
