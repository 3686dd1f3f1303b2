using GitOpsGateway.Cli.Frame;

namespace GitOpsGateway.Cli.Configuration;

/// <summary>
/// Resolves <c>--server</c> and <c>--token</c>: the flag, else <c>$GGCTL_SERVER</c> / <c>$GGCTL_TOKEN</c>, else the config
/// file (<c>$GGCTL_CONFIG</c>, else <c>$XDG_CONFIG_HOME/ggctl/config.yaml</c>, else <c>~/.config/ggctl/config.yaml</c>).
/// </summary>
internal static class ConnectionSettingsResolver
{
    public const string ServerVariable = "GGCTL_SERVER";
    public const string TokenVariable = "GGCTL_TOKEN";
    public const string ConfigVariable = "GGCTL_CONFIG";
    public const string ServerFlag = "--server";
    public const string TokenFlag = "--token";

    /// <exception cref="CliException">The config file is unreadable or malformed, or the server is not an http(s) URL.</exception>
    public static ConnectionSettings Resolve(string? serverFlag, string? tokenFlag, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var configPath = ConfigFilePath(environment);
        var file = ConfigFileReader.Read(configPath.Value!, mustExist: configPath.Source == SettingSource.Environment);
        var server = Pick(serverFlag, ServerFlag, environment, ServerVariable, file.Server);
        var token = Pick(tokenFlag, TokenFlag, environment, TokenVariable, file.Token);
        RequireHttpUrl(server);
        return new ConnectionSettings(server, token, configPath, file.Exists) { Login = file.Login };
    }

    public static ResolvedSetting ConfigFilePath(CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (environment.Variable(ConfigVariable) is { } explicitPath)
        {
            return new ResolvedSetting(Path.GetFullPath(explicitPath), SettingSource.Environment, ConfigVariable);
        }

        // The XDG base directory spec ignores relative values.
        var configHome = environment.Variable("XDG_CONFIG_HOME") is { } xdg && Path.IsPathRooted(xdg)
            ? xdg
            : Path.Combine(environment.HomeDirectory, ".config");
        return new ResolvedSetting(Path.Combine(configHome, "ggctl", "config.yaml"), SettingSource.Default, string.Empty);
    }

    private static ResolvedSetting Pick(string? flag, string flagName, CliEnvironment environment, string variable, ResolvedSetting fromFile)
    {
        if (!string.IsNullOrEmpty(flag))
        {
            return new ResolvedSetting(flag, SettingSource.Flag, flagName);
        }

        return environment.Variable(variable) is { } value
            ? new ResolvedSetting(value, SettingSource.Environment, variable)
            : fromFile;
    }

    private static void RequireHttpUrl(ResolvedSetting server)
    {
        if (server.Value is not { } value)
        {
            return;
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new CliException($"The server '{value}' ({server.Provenance}) is not an http:// or https:// URL.");
        }
    }
}
