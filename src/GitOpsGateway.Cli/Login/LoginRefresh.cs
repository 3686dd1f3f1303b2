using System.Globalization;
using GitOpsGateway.Cli.Configuration;
using GitOpsGateway.Cli.Frame;

namespace GitOpsGateway.Cli.Login;

/// <summary>
/// Before a server command uses the token <c>ggctl login</c> stored: when it has expired (or is about to), trade the
/// refresh token for a new one and store it; without a refresh token, say that the login expired.
/// </summary>
internal static class LoginRefresh
{
    /// <summary>Refreshed this long before the expiry, so the token does not expire on its way to the server.</summary>
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(30);

    /// <exception cref="CliException">The login expired and cannot be refreshed.</exception>
    public static async Task<ConnectionSettings> EnsureFreshAsync(ConnectionSettings settings, CliEnvironment environment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(environment);
        var login = settings.Login;
        if (settings.Token.Source != SettingSource.ConfigFile || login.Expires is not { } expires || expires - Margin > environment.Clock.GetUtcNow())
        {
            return settings;
        }

        var when = expires.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
        if (!login.CanRefresh)
        {
            throw new CliException($"Your login expired at {when}; run 'ggctl login' again.", ExitCodes.Unauthorized);
        }

        using var issuer = new IssuerClient(new Uri(login.Issuer!), login.CaFile);
        var endpoints = await issuer.DiscoverAsync(cancellationToken);
        var answer = await issuer.RefreshAsync(endpoints.TokenEndpoint, login.ClientId!, login.RefreshToken!, cancellationToken);
        if (answer.AccessToken is not { } token)
        {
            throw new CliException($"Your login expired at {when} and the issuer would not renew it ({answer.Error}); run 'ggctl login' again.", ExitCodes.Unauthorized);
        }

        var renewed = login with
        {
            RefreshToken = answer.RefreshToken ?? login.RefreshToken,
            Expires = LoginCommand.ExpiryOf(token, answer, environment.Clock),
        };
        var path = settings.ConfigFile.Value!;
        var file = ConfigFileReader.Read(path, mustExist: true);
        ConfigFileWriter.Write(path, file.Server.Value, token, renewed);
        return settings with { Token = settings.Token with { Value = token }, Login = renewed };
    }
}
