using System.CommandLine;
using System.Globalization;
using GitOpsGateway.Cli.Configuration;
using GitOpsGateway.Cli.Frame;

namespace GitOpsGateway.Cli.Login;

/// <summary>
/// <c>ggctl login</c>: a person logs in with the issuer's device flow; a CI system stores a token obtained elsewhere
/// (<c>--token</c>, <c>--token-file</c>). The token goes into the config file (mode 0600) with what a later refresh needs.
/// </summary>
internal sealed class LoginCommand : IGgctlCommand
{
    public const string IssuerVariable = "GGCTL_OIDC_ISSUER";
    public const string ClientIdVariable = "GGCTL_OIDC_CLIENT_ID";
    public const string DefaultClientId = "ggctl";
    public const string DefaultScope = "openid offline_access";

    public Command Build(CommandHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var issuer = new Option<string?>("--issuer") { Description = $"The OIDC issuer URL (else ${IssuerVariable})", HelpName = "URL" };
        var clientId = new Option<string?>("--client-id") { Description = $"The client registered at the issuer for ggctl (else ${ClientIdVariable}, else {DefaultClientId})", HelpName = "ID" };
        var scope = new Option<string>("--scope") { Description = "The scopes to ask for", HelpName = "SCOPES", DefaultValueFactory = _ => DefaultScope };
        var caFile = new Option<string?>("--ca-file") { Description = "PEM certificates to trust for the issuer's TLS certificate (a private issuer)", HelpName = "PEM" };
        var tokenFile = new Option<string?>("--token-file") { Description = "Store the token in this file (obtained elsewhere, e.g. by CI) instead of logging in", HelpName = "FILE" };
        var command = new Command("login", "Log in: the issuer's device flow for a person, or store a token from --token / --token-file (CI).")
        {
            issuer, clientId, scope, caFile, tokenFile,
        };
        host.SetAction(command, async (context, cancellationToken) =>
        {
            var path = ConnectionSettingsResolver.ConfigFilePath(context.Environment).Value!;
            var existing = ConfigFileReader.Read(path, mustExist: false);
            var server = context.Value(host.Globals.Server) ?? existing.Server.Value;
            if (GivenToken(context.Value(host.Globals.Token), context.Value(tokenFile)) is { } given)
            {
                return await StoreAsync(context, path, server, given);
            }

            var issuerUrl = context.Value(issuer) ?? context.Environment.Variable(IssuerVariable)
                ?? throw new CliException($"Say which issuer to log in at: --issuer URL (or ${IssuerVariable}); or store a token with --token-file FILE.");
            if (!Uri.TryCreate(issuerUrl, UriKind.Absolute, out var issuerUri) || issuerUri.Scheme != Uri.UriSchemeHttps)
            {
                throw new CliException($"The issuer '{issuerUrl}' is not an https:// URL.");
            }

            var client = context.Value(clientId) ?? context.Environment.Variable(ClientIdVariable) ?? DefaultClientId;
            var ca = context.Value(caFile) is { } caPath ? Path.GetFullPath(caPath) : null;
            using var issuerClient = new IssuerClient(issuerUri, ca);
            var endpoints = await issuerClient.DiscoverAsync(cancellationToken);
            if (endpoints.DeviceAuthorizationEndpoint is null)
            {
                throw new CliException($"The issuer {issuerUrl} offers no device authorization endpoint: obtain a token elsewhere and run 'ggctl login --token-file FILE'.");
            }

            var answer = await DeviceFlow.RunAsync(issuerClient, endpoints, client, context.Value(scope)!, context.Error, context.Environment.Clock, cancellationToken);
            var token = answer.AccessToken!;
            var login = new LoginState
            {
                Issuer = issuerUrl,
                ClientId = client,
                CaFile = ca,
                RefreshToken = answer.RefreshToken,
                Expires = ExpiryOf(token, answer, context.Environment.Clock),
            };
            ConfigFileWriter.Write(path, server, token, login);
            await context.Out.WriteLineAsync($"Logged in as {TokenClaims.Read(token).Subject ?? "(no subject)"} at {issuerUrl}{Until(login.Expires)}; the token is in {path}.");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The token's own <c>exp</c> when it is a JWT, else what the token endpoint said.</summary>
    public static DateTimeOffset? ExpiryOf(string token, TokenAnswer answer, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(clock);
        return TokenClaims.Read(token).Expires ?? (answer.ExpiresIn is { } lifetime ? clock.GetUtcNow() + lifetime : null);
    }

    private static async Task<int> StoreAsync(CommandContext context, string path, string? server, string token)
    {
        var claims = TokenClaims.Read(token);
        if (claims.Expires is { } expires && expires <= context.Environment.Clock.GetUtcNow())
        {
            throw new CliException($"The token expired at {Format(expires)}; obtain a new one.");
        }

        ConfigFileWriter.Write(path, server, token, new LoginState { Expires = claims.Expires });
        await context.Out.WriteLineAsync($"Stored the token{(claims.Subject is { } subject ? " of " + subject : string.Empty)}{Until(claims.Expires)} in {path}.");
        return ExitCodes.Success;
    }

    private static string? GivenToken(string? flag, string? file)
    {
        if (flag is not null && file is not null)
        {
            throw new CliException("Give --token or --token-file, not both.");
        }

        if (file is null)
        {
            return flag;
        }

        try
        {
            var text = File.ReadAllText(file).Trim();
            return text.Length > 0 ? text : throw new CliException($"--token-file {file} is empty.");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"Cannot read --token-file {file}: {exception.Message}", exception);
        }
    }

    private static string Until(DateTimeOffset? expires) => expires is { } at ? $" (valid until {Format(at)})" : string.Empty;

    private static string Format(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
}
