namespace GitOpsGateway.Cli.Configuration;

/// <summary>Which control plane the server-side commands talk to, with what token, and where each came from.</summary>
internal sealed record ConnectionSettings(ResolvedSetting Server, ResolvedSetting Token, ResolvedSetting ConfigFile, bool ConfigFileFound)
{
    /// <summary>What <c>ggctl login</c> stored beside the token in the config file.</summary>
    public LoginState Login { get; init; } = LoginState.None;

    /// <summary>The server as a URL; null when no source sets one.</summary>
    public Uri? ServerUri => Server.Value is { } value ? new Uri(value, UriKind.Absolute) : null;
}
