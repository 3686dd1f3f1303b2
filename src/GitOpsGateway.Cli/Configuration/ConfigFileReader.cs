using GitOpsGateway.Cli.Frame;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GitOpsGateway.Cli.Configuration;

/// <summary>
/// Reads the config file: a YAML mapping with the keys <c>server</c> and <c>token</c>, and the <c>login-*</c> keys
/// <c>ggctl login</c> writes (<see cref="LoginState"/>), nothing else, so that a misspelt key is reported instead of
/// silently ignored.
/// </summary>
internal static class ConfigFileReader
{
    public const string ServerKey = "server";
    public const string TokenKey = "token";

    /// <exception cref="CliException">The file cannot be read or is not a valid config file; or it is missing and <paramref name="mustExist"/>.</exception>
    public static ConfigFile Read(string path, bool mustExist)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException && !mustExist)
        {
            return ConfigFile.Missing(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"Cannot read the config file {path}: {exception.Message}", exception);
        }

        return Parse(path, text);
    }

    public static ConfigFile Parse(string path, string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException exception)
        {
            throw new CliException($"{path}:{exception.Start.Line}: the config file is not valid YAML ({exception.Message}).", exception);
        }

        if (stream.Documents.Count == 0)
        {
            return new ConfigFile(path, true, ResolvedSetting.Unset, ResolvedSetting.Unset);
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            throw new CliException($"{path}:{stream.Documents[0].RootNode.Start.Line}: the config file must be a mapping with the keys '{ServerKey}' and '{TokenKey}'.");
        }

        var server = ResolvedSetting.Unset;
        var token = ResolvedSetting.Unset;
        var login = LoginState.None;
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var line = keyNode.Start.Line;
            var key = (keyNode as YamlScalarNode)?.Value;
            if (valueNode is not YamlScalarNode { Value: var value })
            {
                throw new CliException($"{path}:{line}: '{key}' must be a single value.");
            }

            var setting = string.IsNullOrEmpty(value) ? ResolvedSetting.Unset : new ResolvedSetting(value, SettingSource.ConfigFile, $"{path}:{line}");
            switch (key)
            {
                case ServerKey:
                    server = setting;
                    break;
                case TokenKey:
                    token = setting;
                    break;
                case LoginState.IssuerKey:
                    login = login with { Issuer = setting.Value };
                    break;
                case LoginState.ClientIdKey:
                    login = login with { ClientId = setting.Value };
                    break;
                case LoginState.CaFileKey:
                    login = login with { CaFile = setting.Value };
                    break;
                case LoginState.RefreshTokenKey:
                    login = login with { RefreshToken = setting.Value };
                    break;
                case LoginState.ExpiresKey:
                    login = login with { Expires = Expiry(path, line, value) };
                    break;
                default:
                    throw new CliException($"{path}:{line}: unknown key '{key}'; the config file holds only '{ServerKey}' and '{TokenKey}' (and the login-* keys 'ggctl login' writes).");
            }
        }

        return new ConfigFile(path, true, server, token) { Login = login };
    }

    private static DateTimeOffset? Expiry(string path, long line, string? value) =>
        string.IsNullOrEmpty(value)
            ? null
            : DateTimeOffset.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var expires)
                ? expires
                : throw new CliException($"{path}:{line}: '{LoginState.ExpiresKey}' must be a time such as 2026-12-01T09:00:00Z, not '{value}'.");
}
