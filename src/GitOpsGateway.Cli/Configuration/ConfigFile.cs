namespace GitOpsGateway.Cli.Configuration;

/// <summary>The settings a config file holds; both unset when the file does not exist or is empty.</summary>
internal sealed record ConfigFile(string Path, bool Exists, ResolvedSetting Server, ResolvedSetting Token)
{
    public static ConfigFile Missing(string path) => new(path, false, ResolvedSetting.Unset, ResolvedSetting.Unset);
}
