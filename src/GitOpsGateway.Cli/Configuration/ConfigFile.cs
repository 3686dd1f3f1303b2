namespace GitOpsGateway.Cli.Configuration;

/// <summary>The settings a config file holds; all unset when the file does not exist or is empty.</summary>
internal sealed record ConfigFile(string Path, bool Exists, ResolvedSetting Server, ResolvedSetting Token)
{
    /// <summary>Kept by <c>ggctl login</c> beside <see cref="Token"/>.</summary>
    public LoginState Login { get; init; } = LoginState.None;

    public static ConfigFile Missing(string path) => new(path, false, ResolvedSetting.Unset, ResolvedSetting.Unset);
}
