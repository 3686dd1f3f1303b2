using System.Globalization;
using System.Text;
using System.Text.Json;
using GitOpsGateway.Cli.Frame;

namespace GitOpsGateway.Cli.Configuration;

/// <summary>
/// Writes the config file that <see cref="ConfigFileReader"/> reads. It holds a token, so it is created readable by
/// its owner alone (0600) and replaced in one rename: a crash leaves the old file or the new one, never half of one.
/// </summary>
internal static class ConfigFileWriter
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <exception cref="CliException">The file or its folder cannot be written.</exception>
    public static void Write(string path, string? server, string? token, LoginState login)
    {
        ArgumentNullException.ThrowIfNull(login);
        var text = new StringBuilder();
        Append(text, ConfigFileReader.ServerKey, server);
        Append(text, ConfigFileReader.TokenKey, token);
        Append(text, LoginState.IssuerKey, login.Issuer);
        Append(text, LoginState.ClientIdKey, login.ClientId);
        Append(text, LoginState.CaFileKey, login.CaFile);
        Append(text, LoginState.RefreshTokenKey, login.RefreshToken);
        Append(text, LoginState.ExpiresKey, login.Expires?.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));

        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
        try
        {
            Directory.CreateDirectory(folder);
            var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = OwnerOnly;
            }

            using (var stream = new FileStream(temporary, options))
            using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
            {
                writer.Write(text.ToString());
            }

            if (!OperatingSystem.IsWindows())
            {
                // UnixCreateMode is filtered by the umask; a umask never adds bits, but say 0600 exactly anyway.
                File.SetUnixFileMode(temporary, OwnerOnly);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"Cannot write the config file {path}: {exception.Message}", exception);
        }
    }

    private static void Append(StringBuilder text, string key, string? value)
    {
        if (value is not null)
        {
            // A JSON string is a valid double-quoted YAML scalar: nothing in a token can break the file.
            text.Append(key).Append(": ").Append(JsonSerializer.Serialize(value)).Append('\n');
        }
    }
}
