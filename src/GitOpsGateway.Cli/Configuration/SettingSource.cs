namespace GitOpsGateway.Cli.Configuration;

/// <summary>Where a setting came from, highest precedence first.</summary>
internal enum SettingSource
{
    Flag,
    Environment,
    ConfigFile,
    Default,
    Unset,
}
