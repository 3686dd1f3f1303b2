using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using GitOpsGateway.Cli.Frame;

namespace GitOpsGateway.Cli.Login;

/// <summary>
/// Talks to an OIDC issuer: discovery, device authorization and the token endpoint. Trusts the system's roots and,
/// with a CA file, those certificates too (a private issuer); the host name must match either way.
/// </summary>
internal sealed class IssuerClient : IDisposable
{
    public const string DeviceCodeGrant = "urn:ietf:params:oauth:grant-type:device_code";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private readonly HttpClient http;

    /// <exception cref="CliException">The CA file cannot be read.</exception>
    public IssuerClient(Uri issuer, string? caFile)
    {
        Issuer = issuer;
        var handler = new SocketsHttpHandler();
        if (caFile is not null)
        {
            var roots = ReadRoots(caFile);
            handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, errors) =>
                errors == SslPolicyErrors.None
                || (errors == SslPolicyErrors.RemoteCertificateChainErrors && certificate is X509Certificate2 leaf && ChainsTo(leaf, roots));
        }

        http = new HttpClient(handler) { Timeout = Timeout };
    }

    public Uri Issuer { get; }

    /// <exception cref="CliException">The issuer cannot be reached or its discovery document is unusable.</exception>
    public async Task<IssuerEndpoints> DiscoverAsync(CancellationToken cancellationToken)
    {
        var address = new Uri(Issuer.AbsoluteUri.TrimEnd('/') + "/.well-known/openid-configuration");
        using var document = await GetJsonAsync(address, cancellationToken);
        var root = document.RootElement;
        var tokenEndpoint = Url(root, "token_endpoint")
            ?? throw new CliException($"The issuer's discovery document ({address}) names no token_endpoint.", ExitCodes.ServerUnreachable);
        return new IssuerEndpoints(tokenEndpoint, Url(root, "device_authorization_endpoint"));
    }

    public async Task<DeviceAuthorization> AuthorizeDeviceAsync(Uri endpoint, string clientId, string scope, CancellationToken cancellationToken)
    {
        using var document = await PostAsync(endpoint, [new("client_id", clientId), new("scope", scope)], cancellationToken);
        var root = document.RootElement;
        if (Text(root, "error") is { } error)
        {
            throw new CliException($"The issuer refused the device authorization: {error} {Text(root, "error_description")}".TrimEnd(), ExitCodes.Unauthorized);
        }

        return new DeviceAuthorization(
            Text(root, "device_code") ?? throw Malformed(endpoint, "device_code"),
            Text(root, "user_code") ?? throw Malformed(endpoint, "user_code"),
            Url(root, "verification_uri") ?? Url(root, "verification_url") ?? throw Malformed(endpoint, "verification_uri"),
            Url(root, "verification_uri_complete"),
            TimeSpan.FromSeconds(Seconds(root, "expires_in") ?? 600),
            TimeSpan.FromSeconds(Seconds(root, "interval") ?? 5));
    }

    public Task<TokenAnswer> RedeemDeviceCodeAsync(Uri tokenEndpoint, string clientId, string deviceCode, CancellationToken cancellationToken) =>
        TokenAsync(tokenEndpoint, [new("grant_type", DeviceCodeGrant), new("device_code", deviceCode), new("client_id", clientId)], cancellationToken);

    public Task<TokenAnswer> RefreshAsync(Uri tokenEndpoint, string clientId, string refreshToken, CancellationToken cancellationToken) =>
        TokenAsync(tokenEndpoint, [new("grant_type", "refresh_token"), new("refresh_token", refreshToken), new("client_id", clientId)], cancellationToken);

    public void Dispose() => http.Dispose();

    private async Task<TokenAnswer> TokenAsync(Uri endpoint, KeyValuePair<string, string>[] form, CancellationToken cancellationToken)
    {
        using var document = await PostAsync(endpoint, form, cancellationToken);
        var root = document.RootElement;
        return new TokenAnswer
        {
            AccessToken = Text(root, "access_token"),
            RefreshToken = Text(root, "refresh_token"),
            ExpiresIn = Seconds(root, "expires_in") is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
            Error = Text(root, "error"),
            ErrorDescription = Text(root, "error_description"),
        };
    }

    private async Task<JsonDocument> GetJsonAsync(Uri address, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        return await SendAsync(request, acceptErrorBodies: false, cancellationToken);
    }

    /// <summary>OAuth errors come as 400 with a JSON body: those are answers, not failures.</summary>
    private async Task<JsonDocument> PostAsync(Uri address, KeyValuePair<string, string>[] form, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, address) { Content = new FormUrlEncodedContent(form) };
        return await SendAsync(request, acceptErrorBodies: true, cancellationToken);
    }

    private async Task<JsonDocument> SendAsync(HttpRequestMessage request, bool acceptErrorBodies, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            throw new CliException($"The issuer at {request.RequestUri} is unreachable ({exception.Message}{(exception.InnerException is { } inner ? ": " + inner.Message : string.Empty)}).", ExitCodes.ServerUnreachable, exception);
        }
        catch (TaskCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new CliException($"The issuer at {request.RequestUri} did not answer within {Timeout.TotalSeconds:0} seconds.", ExitCodes.ServerUnreachable, exception);
        }

        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode && !(acceptErrorBodies && (int)response.StatusCode is 400 or 401))
            {
                throw new CliException($"{request.Method} {request.RequestUri} answered {(int)response.StatusCode} {response.ReasonPhrase}.", ExitCodes.ServerUnreachable);
            }

            try
            {
                return JsonDocument.Parse(text);
            }
            catch (JsonException exception)
            {
                throw new CliException($"{request.Method} {request.RequestUri} did not answer JSON.", ExitCodes.ServerUnreachable, exception);
            }
        }
    }

    private static X509Certificate2Collection ReadRoots(string caFile)
    {
        try
        {
            var roots = new X509Certificate2Collection();
            roots.ImportFromPemFile(caFile);
            return roots.Count > 0 ? roots : throw new CliException($"--ca-file {caFile} holds no PEM certificate.");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or CryptographicException)
        {
            throw new CliException($"--ca-file {caFile} cannot be read as PEM certificates: {exception.Message}", exception);
        }
    }

    private static bool ChainsTo(X509Certificate2 leaf, X509Certificate2Collection roots)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(roots);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(leaf);
    }

    private static CliException Malformed(Uri endpoint, string field) =>
        new($"{endpoint} answered without {field}.", ExitCodes.ServerUnreachable);

    private static string? Text(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static Uri? Url(JsonElement root, string name) =>
        Text(root, name) is { } text && Uri.TryCreate(text, UriKind.Absolute, out var url) ? url : null;

    private static int? Seconds(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var seconds) ? seconds : null;
}
