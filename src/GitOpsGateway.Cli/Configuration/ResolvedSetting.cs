namespace GitOpsGateway.Cli.Configuration;

/// <summary>A setting's value and where it came from; <paramref name="Origin"/> names the flag, variable or file:line.</summary>
internal sealed record ResolvedSetting(string? Value, SettingSource Source, string Origin)
{
    public static ResolvedSetting Unset { get; } = new(null, SettingSource.Unset, string.Empty);

    public bool IsSet => Value is not null;

    /// <summary>"flag --server", "env GGCTL_TOKEN", "file /home/me/.config/ggctl/config.yaml:2", "default", "unset".</summary>
    public string Provenance => Source switch
    {
        SettingSource.Flag => $"flag {Origin}",
        SettingSource.Environment => $"env {Origin}",
        SettingSource.ConfigFile => $"file {Origin}",
        SettingSource.Default => "default",
        _ => "unset",
    };

    /// <summary>Lower-case stable name of <see cref="Source"/> for JSON and YAML.</summary>
    public string SourceName => Source switch
    {
        SettingSource.Flag => "flag",
        SettingSource.Environment => "env",
        SettingSource.ConfigFile => "file",
        SettingSource.Default => "default",
        _ => "unset",
    };
}
