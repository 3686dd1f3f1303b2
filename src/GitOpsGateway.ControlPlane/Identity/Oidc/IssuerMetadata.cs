using System.Text.Json;
using GitOpsGateway.ControlPlane.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace GitOpsGateway.ControlPlane.Identity.Oidc;

/// <summary>
/// The issuer's signing keys, read from its discovery document's <c>jwks_uri</c> on first use, again after
/// <see cref="MaxAge"/>, and again when a token names a key not read yet (rotation; at most once per
/// <see cref="UnknownKeyRefreshInterval"/>, so made-up key ids cannot flood the issuer). While the issuer cannot
/// be read, the keys read last keep serving; with none read yet callers are told at once (no queue of waiting
/// requests), and <c>/readyz</c> lists the outage without making the control plane unready.
/// </summary>
internal sealed class IssuerMetadata : IDisposable
{
    public const string OutageName = "oidc-issuer";

    public static readonly TimeSpan MaxAge = TimeSpan.FromHours(1);

    public static readonly TimeSpan UnknownKeyRefreshInterval = TimeSpan.FromSeconds(1);

    /// <summary>While no keys were ever read, how long a failure is answered without asking the issuer again.</summary>
    public static readonly TimeSpan RetryAfterFailure = TimeSpan.FromSeconds(2);

    private readonly OidcSettings settings;
    private readonly HttpClient http;
    private readonly DependencyOutages outages;
    private readonly TimeProvider time;
    private readonly ILogger<IssuerMetadata> logger;
    private readonly SemaphoreSlim reading = new(1, 1);
    private IssuerKeys? current;
    private DateTimeOffset lastAttempt = DateTimeOffset.MinValue;
    private string? lastError;

    public IssuerMetadata(OidcSettings settings, DependencyOutages outages, ILogger<IssuerMetadata> logger, TimeProvider? time = null)
    {
        this.settings = settings;
        this.outages = outages;
        this.logger = logger;
        this.time = time ?? TimeProvider.System;
        http = IssuerHttpClient.Create(settings);
    }

    /// <param name="unknownKey">The caller's token names a key id not among the keys last returned.</param>
    /// <exception cref="IssuerUnavailableException">No keys were ever read, and reading them now failed.</exception>
    public async Task<IssuerKeys> GetAsync(bool unknownKey, CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref current) is { } fresh && !NeedsReading(fresh, unknownKey))
        {
            return fresh;
        }

        await reading.WaitAsync(cancellationToken);
        try
        {
            var known = current;
            if (known is not null && !NeedsReading(known, unknownKey))
            {
                return known;
            }

            if (known is null && lastError is not null && time.GetUtcNow() - lastAttempt < RetryAfterFailure)
            {
                throw new IssuerUnavailableException(lastError);
            }

            lastAttempt = time.GetUtcNow();
            try
            {
                var read = await ReadAsync(cancellationToken);
                Volatile.Write(ref current, read);
                lastError = null;
                outages.Recovered(OutageName);
                OidcLog.KeysRead(logger, settings.Issuer, read.SigningKeys.Count, string.Join(", ", read.SigningKeys.Select(key => key.KeyId)));
                return read;
            }
            catch (Exception exception) when (IsIssuerFailure(exception, cancellationToken))
            {
                lastError = $"the OIDC issuer {settings.Issuer} cannot be read: {Describe(exception)}";
                outages.Failed(OutageName, Dependency.Issuer, lastError);
                OidcLog.KeysUnavailable(logger, settings.Issuer, known is null ? "no keys read before" : $"keeping the keys read at {known.FetchedAt:O}", lastError);
                return known ?? throw new IssuerUnavailableException(lastError, exception);
            }
        }
        finally
        {
            reading.Release();
        }
    }

    public void Dispose()
    {
        http.Dispose();
        reading.Dispose();
    }

    private bool NeedsReading(IssuerKeys keys, bool unknownKey)
    {
        var now = time.GetUtcNow();
        return (unknownKey && now - lastAttempt >= UnknownKeyRefreshInterval)
            || (now - keys.FetchedAt >= MaxAge && now - lastAttempt >= RetryAfterFailure);
    }

    private async Task<IssuerKeys> ReadAsync(CancellationToken cancellationToken)
    {
        var discovery = await GetDocumentAsync(settings.DiscoveryAddress, cancellationToken);
        var root = discovery.RootElement;
        var issuer = root.TryGetProperty("issuer", out var issuerValue) && issuerValue.ValueKind == JsonValueKind.String ? issuerValue.GetString() : null;
        if (!string.Equals(issuer, settings.Issuer, StringComparison.Ordinal))
        {
            throw new IssuerDocumentException($"the discovery document names the issuer '{issuer}', not '{settings.Issuer}' (they must be equal)");
        }

        var jwksText = root.TryGetProperty("jwks_uri", out var jwksValue) && jwksValue.ValueKind == JsonValueKind.String ? jwksValue.GetString() : null;
        if (!Uri.TryCreate(jwksText, UriKind.Absolute, out var jwksUri) || jwksUri.Scheme != Uri.UriSchemeHttps)
        {
            throw new IssuerDocumentException($"the discovery document's jwks_uri '{jwksText}' is not an https:// URL");
        }

        var keySetText = await GetTextAsync(jwksUri, cancellationToken);
        JsonWebKeySet keySet;
        try
        {
            keySet = new JsonWebKeySet(keySetText);
        }
        catch (ArgumentException exception)
        {
            throw new IssuerDocumentException($"{jwksUri} is not a JSON Web Key Set", exception);
        }

        var keys = keySet.GetSigningKeys();
        return keys.Count == 0
            ? throw new IssuerDocumentException($"{jwksUri} publishes no usable signing key")
            : new IssuerKeys([.. keys], time.GetUtcNow());
    }

    private async Task<JsonDocument> GetDocumentAsync(Uri address, CancellationToken cancellationToken)
    {
        var text = await GetTextAsync(address, cancellationToken);
        try
        {
            return JsonDocument.Parse(text);
        }
        catch (JsonException exception)
        {
            throw new IssuerDocumentException($"{address} is not JSON", exception);
        }
    }

    private async Task<string> GetTextAsync(Uri address, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(address, cancellationToken);
        return response.IsSuccessStatusCode
            ? await response.Content.ReadAsStringAsync(cancellationToken)
            : throw new IssuerDocumentException($"GET {address} answered {(int)response.StatusCode} {response.ReasonPhrase}");
    }

    private static bool IsIssuerFailure(Exception exception, CancellationToken cancellationToken) =>
        exception is HttpRequestException or IssuerDocumentException
        || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested);

    private static string Describe(Exception exception) => exception switch
    {
        OperationCanceledException => $"no answer within {IssuerHttpClient.Timeout.TotalSeconds:0} s",
        HttpRequestException { InnerException: { } inner } http => $"{http.Message} ({inner.Message})",
        _ => exception.Message,
    };
}
