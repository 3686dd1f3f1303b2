using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace GitOpsGateway.Testing.Oidc;

/// <summary>The device authorization grant (RFC 8628) and refresh tokens: the test plays the person who approves.</summary>
public sealed partial class TestIssuer
{
    public const string DeviceCodeGrant = "urn:ietf:params:oauth:grant-type:device_code";

    /// <summary>Seconds a client waits between polls; short, so tests are quick.</summary>
    public const int PollInterval = 1;

    /// <summary>Waits until a client asks for a device code (including one that already has).</summary>
    public Task<DeviceGrant> WaitForDeviceAuthorizationAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        deviceRequests.WaitForAsync(_ => true, timeout, cancellationToken);

    /// <summary>The person enters <paramref name="userCode"/> and approves: the client's next poll gets tokens for <paramref name="approvedAs"/>.</summary>
    public void Approve(string userCode, TokenRequest approvedAs) => Decide(userCode, grant => grant with { ApprovedAs = approvedAs });

    public void Deny(string userCode) => Decide(userCode, grant => grant with { Denied = true });

    private void Decide(string userCode, Func<DeviceGrant, DeviceGrant> decision)
    {
        var grant = devices.Values.SingleOrDefault(device => device.UserCode == userCode)
            ?? throw new InvalidOperationException($"No device authorization has the user code {userCode}.");
        devices[grant.DeviceCode] = decision(grant);
    }

    private async Task DeviceAuthorizationAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        if (string.IsNullOrEmpty(form["client_id"]))
        {
            await Json(context, StatusCodes.Status400BadRequest, new JsonObject { ["error"] = "invalid_client" }).ConfigureAwait(false);
            return;
        }

        var grant = new DeviceGrant
        {
            DeviceCode = NewSecret(),
            UserCode = $"{RandomNumberGenerator.GetInt32(1000, 9999)}-{RandomNumberGenerator.GetInt32(1000, 9999)}",
            ClientId = form["client_id"].ToString(),
            Scope = form["scope"].ToString() is { Length: > 0 } scope ? scope : null,
        };
        devices[grant.DeviceCode] = grant;
        deviceRequests.Append(grant);
        await Json(context, StatusCodes.Status200OK, new JsonObject
        {
            ["device_code"] = grant.DeviceCode,
            ["user_code"] = grant.UserCode,
            ["verification_uri"] = Issuer + "/activate",
            ["verification_uri_complete"] = $"{Issuer}/activate?user_code={grant.UserCode}",
            ["expires_in"] = 600,
            ["interval"] = PollInterval,
        }).ConfigureAwait(false);
    }

    private async Task TokenAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        switch (form["grant_type"].ToString())
        {
            case DeviceCodeGrant:
                await DeviceTokenAsync(context, form["device_code"].ToString(), form["client_id"].ToString()).ConfigureAwait(false);
                break;
            case "refresh_token":
                await RefreshAsync(context, form["refresh_token"].ToString()).ConfigureAwait(false);
                break;
            default:
                await Error(context, "unsupported_grant_type").ConfigureAwait(false);
                break;
        }
    }

    private Task DeviceTokenAsync(HttpContext context, string deviceCode, string clientId)
    {
        if (!devices.TryGetValue(deviceCode, out var grant) || grant.ClientId != clientId || grant.Redeemed)
        {
            return Error(context, "invalid_grant");
        }

        if (grant.Denied)
        {
            return Error(context, "access_denied");
        }

        if (grant.ApprovedAs is not { } approved)
        {
            return Error(context, "authorization_pending");
        }

        devices[deviceCode] = grant with { Redeemed = true };
        return Tokens(context, approved);
    }

    private Task RefreshAsync(HttpContext context, string refreshToken)
    {
        if (!refreshTokens.TryRemove(refreshToken, out var approved))
        {
            return Error(context, "invalid_grant");
        }

        Interlocked.Increment(ref refreshes);
        return Tokens(context, approved);
    }

    private Task Tokens(HttpContext context, TokenRequest approved)
    {
        var refreshToken = NewSecret();
        refreshTokens[refreshToken] = approved;
        return Json(context, StatusCodes.Status200OK, new JsonObject
        {
            ["access_token"] = Mint(approved with { Expires = DateTimeOffset.UtcNow + IssuedTokenLifetime }),
            ["token_type"] = "Bearer",
            ["expires_in"] = (int)IssuedTokenLifetime.TotalSeconds,
            ["refresh_token"] = refreshToken,
        });
    }

    private static Task Error(HttpContext context, string error) =>
        Json(context, StatusCodes.Status400BadRequest, new JsonObject { ["error"] = error });
}
