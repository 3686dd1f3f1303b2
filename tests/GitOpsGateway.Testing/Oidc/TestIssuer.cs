using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GitOpsGateway.Testing.Oidc;

/// <summary>
/// An OIDC issuer for tests, served by Kestrel over HTTPS on 127.0.0.1 with a certificate of
/// <see cref="TestCertificateAuthority"/>: discovery, JWKS, device authorization (RFC 8628) and a token endpoint
/// (device code and refresh token grants). The test chooses the keys it publishes and signs with, and mints tokens
/// with any subject, audience, expiry, groups, key or issuer.
/// </summary>
public sealed partial class TestIssuer : IAsyncDisposable
{
    public const string DefaultAudience = "gitops-gateway";

    public const string DiscoveryPath = "/.well-known/openid-configuration";

    private readonly WebApplication application;
    private readonly JsonWebTokenHandler handler = new();
    private readonly Lock gate = new();
    private readonly List<TestSigningKey> published = [];
    private readonly List<TestSigningKey> owned = [];
    private readonly ConcurrentDictionary<string, DeviceGrant> devices = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TokenRequest> refreshTokens = new(StringComparer.Ordinal);
    private readonly AwaitableLog<DeviceGrant> deviceRequests = new();
    private int jwksReads;
    private int refreshes;

    private TestIssuer(WebApplication application, int port, TestSigningKey key)
    {
        this.application = application;
        Port = port;
        Issuer = $"https://127.0.0.1:{port}";
        owned.Add(key);
        published.Add(key);
        CurrentKey = key;
    }

    public int Port { get; }

    /// <summary>The <c>iss</c> of its tokens and the base of its endpoints (no trailing slash).</summary>
    public string Issuer { get; }

    /// <summary>The key tokens are signed with unless a request names another.</summary>
    public TestSigningKey CurrentKey { get; private set; }

    /// <summary>How long tokens from the token endpoint live.</summary>
    public TimeSpan IssuedTokenLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Whether discovery offers <c>device_authorization_endpoint</c>.</summary>
    public bool OffersDeviceFlow { get; set; } = true;

    /// <summary>How many times the JWKS was read: a relying party that cached the keys reads it again only on rotation.</summary>
    public int JwksReads => Volatile.Read(ref jwksReads);

    /// <summary>How many refresh-token grants were answered.</summary>
    public int Refreshes => Volatile.Read(ref refreshes);

    public IReadOnlyList<TestSigningKey> PublishedKeys
    {
        get
        {
            lock (gate)
            {
                return [.. published];
            }
        }
    }

    /// <param name="port">0 for any free port; a fixed one to start an issuer where a control plane already expects it.</param>
    public static async Task<TestIssuer> StartAsync(TestCertificateAuthority authority, int port = 0, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(authority);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = nameof(TestIssuer) });
        builder.WebHost.UseKestrelCore();
        Microsoft.AspNetCore.Server.Kestrel.Core.ListenOptions? endpoint = null;
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port, listen =>
        {
            endpoint = listen;
            listen.UseHttps(authority.ServerCertificate);
        }));
        var application = builder.Build();
        TestIssuer? issuer = null;
        application.Run(context => issuer!.HandleAsync(context));
        try
        {
            await application.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await application.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        issuer = new TestIssuer(application, endpoint!.IPEndPoint!.Port, TestSigningKey.Rsa());
        return issuer;
    }

    /// <summary>Publishes a key (the issuer owns and disposes it from now on).</summary>
    public void Publish(TestSigningKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (gate)
        {
            if (!owned.Contains(key))
            {
                owned.Add(key);
            }

            if (!published.Contains(key))
            {
                published.Add(key);
            }
        }
    }

    public void Unpublish(TestSigningKey key)
    {
        lock (gate)
        {
            published.Remove(key);
        }
    }

    /// <summary>Rotation: a new key signs from now on and is published; the old one stays published unless <paramref name="retireOld"/>.</summary>
    public TestSigningKey Rotate(TestSigningKey next, bool retireOld)
    {
        ArgumentNullException.ThrowIfNull(next);
        Publish(next);
        lock (gate)
        {
            if (retireOld)
            {
                published.Remove(CurrentKey);
            }

            CurrentKey = next;
        }

        return next;
    }

    public string Mint(TokenRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var expires = request.Expires ?? DateTimeOffset.UtcNow.AddMinutes(5);
        var claims = new Dictionary<string, object>(request.Claims) { ["sub"] = request.Subject };
        if (request.Groups.Count > 0)
        {
            claims["groups"] = request.Groups.ToArray();
        }

        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = request.Issuer ?? Issuer,
            Audience = request.Audience ?? DefaultAudience,
            Claims = claims,
            IssuedAt = expires.UtcDateTime.AddMinutes(-10),
            NotBefore = expires.UtcDateTime.AddMinutes(-10),
            Expires = expires.UtcDateTime,
            SigningCredentials = (request.Key ?? CurrentKey).Credentials,
        });
    }

    public async ValueTask DisposeAsync()
    {
        await application.DisposeAsync().ConfigureAwait(false);
        deviceRequests.Complete("the test issuer stopped");
        foreach (var key in owned)
        {
            key.Dispose();
        }
    }

    private Task HandleAsync(HttpContext context) => (context.Request.Method, context.Request.Path.Value) switch
    {
        ("GET", DiscoveryPath) => Json(context, StatusCodes.Status200OK, Discovery()),
        ("GET", "/jwks") => Json(context, StatusCodes.Status200OK, KeySet()),
        ("POST", "/device") => DeviceAuthorizationAsync(context),
        ("POST", "/token") => TokenAsync(context),
        _ => Json(context, StatusCodes.Status404NotFound, new JsonObject { ["error"] = "not_found" }),
    };

    private JsonObject Discovery()
    {
        var document = new JsonObject
        {
            ["issuer"] = Issuer,
            ["jwks_uri"] = Issuer + "/jwks",
            ["token_endpoint"] = Issuer + "/token",
            ["response_types_supported"] = new JsonArray("code"),
            ["subject_types_supported"] = new JsonArray("public"),
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256", "ES256"),
            ["grant_types_supported"] = new JsonArray("urn:ietf:params:oauth:grant-type:device_code", "refresh_token"),
        };
        if (OffersDeviceFlow)
        {
            document["device_authorization_endpoint"] = Issuer + "/device";
        }

        return document;
    }

    private JsonObject KeySet()
    {
        Interlocked.Increment(ref jwksReads);
        return new JsonObject { ["keys"] = new JsonArray([.. PublishedKeys.Select(key => (JsonNode)key.ToJwk())]) };
    }

    private static Task Json(HttpContext context, int status, JsonObject body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync(body.ToJsonString(), context.RequestAborted);
    }

    private static string NewSecret() => Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(24));
}
