using GitOpsGateway.Cli.Frame;

namespace GitOpsGateway.Cli.Login;

/// <summary>
/// The device authorization grant (RFC 8628): ask for a code, tell the person where to enter it, then poll the token
/// endpoint at the interval the issuer asks for (slower when told <c>slow_down</c>) until it is approved, denied or expires.
/// </summary>
internal static class DeviceFlow
{
    private static readonly TimeSpan SlowDownStep = TimeSpan.FromSeconds(5);

    /// <exception cref="CliException">Denied, expired, or the issuer failed.</exception>
    public static async Task<TokenAnswer> RunAsync(
        IssuerClient issuer, IssuerEndpoints endpoints, string clientId, string scope, TextWriter prompt, TimeProvider clock, CancellationToken cancellationToken)
    {
        var device = await issuer.AuthorizeDeviceAsync(endpoints.DeviceAuthorizationEndpoint!, clientId, scope, cancellationToken);
        await prompt.WriteLineAsync(device.VerificationUriComplete is { } complete
            ? $"To log in, open {complete} (or {device.VerificationUri} and enter the code {device.UserCode})."
            : $"To log in, open {device.VerificationUri} and enter the code {device.UserCode}.");
        await prompt.WriteLineAsync("Waiting for the approval...");
        await prompt.FlushAsync(cancellationToken);

        var deadline = clock.GetUtcNow() + device.ExpiresIn;
        var interval = device.Interval;
        while (true)
        {
            await Task.Delay(interval, clock, cancellationToken);
            var answer = await issuer.RedeemDeviceCodeAsync(endpoints.TokenEndpoint, clientId, device.DeviceCode, cancellationToken);
            if (answer.AccessToken is not null)
            {
                return answer;
            }

            switch (answer.Error)
            {
                case "authorization_pending" when clock.GetUtcNow() < deadline:
                    continue;
                case "slow_down" when clock.GetUtcNow() < deadline:
                    interval += SlowDownStep;
                    continue;
                case "access_denied":
                    throw new CliException("The login was denied at the issuer.", ExitCodes.Unauthorized);
                case "authorization_pending" or "slow_down" or "expired_token":
                    throw new CliException($"The code {device.UserCode} expired before it was approved; run 'ggctl login' again.", ExitCodes.Unauthorized);
                default:
                    throw new CliException($"The issuer refused the login: {answer.Error ?? "no token and no error"} {answer.ErrorDescription}".TrimEnd() + ".", ExitCodes.Unauthorized);
            }
        }
    }
}
