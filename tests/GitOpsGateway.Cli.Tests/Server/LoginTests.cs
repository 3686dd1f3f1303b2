using System.Runtime.Versioning;
using GitOpsGateway.Cli.Frame;
using GitOpsGateway.Testing.Oidc;

namespace GitOpsGateway.Cli.Tests.Server;

/// <summary><c>ggctl login</c> against a test issuer over HTTPS, then server commands with the token it stored.</summary>
public sealed class LoginTests : IDisposable
{
    private readonly TemporaryFolder home = new();

    private string ConfigPath => Path.Combine(home.Path, "ggctl.yaml");

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task a_person_logs_in_with_the_device_flow_the_token_is_stored_0600_renewed_with_the_refresh_token_and_forgotten_on_logout()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var authority = TestCertificateAuthority.Create();
        await using var issuer = await TestIssuer.StartAsync(authority, cancellationToken: cancellationToken);
        await using var controlPlane = await ServerControlPlane.StartAsync(new Dictionary<string, string?>
        {
            ["GITOPS_GATEWAY_OIDC__ISSUER"] = issuer.Issuer,
            ["GITOPS_GATEWAY_OIDC__AUDIENCE"] = TestIssuer.DefaultAudience,
            ["GITOPS_GATEWAY_OIDC__CAFILE"] = authority.CaFile,
            ["GITOPS_GATEWAY_OIDC__GRANTS__0__GROUP"] = "gateway-viewers",
            ["GITOPS_GATEWAY_OIDC__GRANTS__0__ROLE"] = "viewer",
        });
        await controlPlane.PushRouteAsync("/");
        // Within ggctl's 30-second margin: the first server command after the login renews the token.
        issuer.IssuedTokenLifetime = TimeSpan.FromSeconds(20);
        var environment = new Dictionary<string, string?> { ["GGCTL_CONFIG"] = ConfigPath };

        await using (var login = GgctlProcess.Start(
            ["login", "--server", controlPlane.Address.ToString(), "--issuer", issuer.Issuer, "--ca-file", authority.CaFile, "--client-id", "ggctl"], environment))
        {
            var device = await issuer.WaitForDeviceAuthorizationAsync(TimeSpan.FromSeconds(60), cancellationToken);
            Assert.Equal("ggctl", device.ClientId);
            Assert.Equal("openid offline_access", device.Scope);
            await login.WaitForLineAsync($"enter the code {device.UserCode}", TimeSpan.FromSeconds(30), cancellationToken);
            issuer.Approve(device.UserCode, new TokenRequest { Subject = "grace", Groups = ["gateway-viewers"] });
            Assert.Equal(ExitCodes.Success, await login.WaitForExitAsync(TimeSpan.FromSeconds(60), cancellationToken));
            Assert.Contains($"Logged in as grace at {issuer.Issuer}", login.Output, StringComparison.Ordinal);
        }

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(ConfigPath));
        var stored = await File.ReadAllTextAsync(ConfigPath, cancellationToken);
        Assert.Contains("login-refresh-token: ", stored, StringComparison.Ordinal);
        Assert.Contains($"server: \"{controlPlane.Address}\"", stored, StringComparison.Ordinal);

        var status = await GgctlProcess.RunAsync(["status"], environment);
        Assert.True(status.ExitCode == ExitCodes.Success, status.Output);
        Assert.Equal(1, issuer.Refreshes);
        Assert.NotEqual(stored, await File.ReadAllTextAsync(ConfigPath, cancellationToken));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(ConfigPath));

        var logout = await GgctlProcess.RunAsync(["logout"], environment);
        Assert.Equal(ExitCodes.Success, logout.ExitCode);
        Assert.DoesNotContain("token", await File.ReadAllTextAsync(ConfigPath, cancellationToken), StringComparison.Ordinal);
        var refused = await GgctlProcess.RunAsync(["status"], environment);
        Assert.Equal(ExitCodes.Unauthorized, refused.ExitCode);
    }

    [Fact]
    public async Task a_token_file_is_stored_for_ci_and_once_expired_without_a_refresh_token_ggctl_says_to_log_in_again()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var authority = TestCertificateAuthority.Create();
        await using var issuer = await TestIssuer.StartAsync(authority, cancellationToken: cancellationToken);
        var environment = new Dictionary<string, string?> { ["GGCTL_CONFIG"] = ConfigPath, ["GGCTL_SERVER"] = "http://127.0.0.1:9" };
        var tokenFile = home.Write("ci-token", issuer.Mint(new TokenRequest { Subject = "ci-deployer", Expires = DateTimeOffset.UtcNow.AddSeconds(10) }) + "\n");

        var login = await GgctlProcess.RunAsync(["login", "--token-file", tokenFile], environment);
        Assert.True(login.ExitCode == ExitCodes.Success, login.Output);
        Assert.Contains("Stored the token of ci-deployer (valid until ", login.Output, StringComparison.Ordinal);

        // Ten seconds is inside the margin ggctl keeps before an expiry, and CI has no refresh token.
        var status = await GgctlProcess.RunAsync(["status"], environment);
        Assert.Equal(ExitCodes.Unauthorized, status.ExitCode);
        Assert.Contains("error: Your login expired at ", status.Output, StringComparison.Ordinal);
        Assert.Contains("; run 'ggctl login' again.", status.Output, StringComparison.Ordinal);

        issuer.OffersDeviceFlow = false;
        var noDevice = await GgctlProcess.RunAsync(["login", "--issuer", issuer.Issuer, "--ca-file", authority.CaFile], environment);
        Assert.Equal(ExitCodes.UsageOrInput, noDevice.ExitCode);
        Assert.Contains($"The issuer {issuer.Issuer} offers no device authorization endpoint: obtain a token elsewhere and run 'ggctl login --token-file FILE'.", noDevice.Output, StringComparison.Ordinal);

        var untrusted = await GgctlProcess.RunAsync(["login", "--issuer", issuer.Issuer], environment);
        Assert.Equal(ExitCodes.ServerUnreachable, untrusted.ExitCode);
        Assert.Contains("is unreachable", untrusted.Output, StringComparison.Ordinal);
    }

    public void Dispose() => home.Dispose();
}
