using System.Text.RegularExpressions;
using GitOpsGateway.Testing.Processes;

namespace GitOpsGateway.EndToEnd.Tests.Support;

/// <summary>
/// <c>gitops-gateway dev</c> started as the README says (the built executable with <c>dev</c>, from the repository
/// root), once its banner says it is ready; with what the banner printed: temporary folder, database port, admin token.
/// </summary>
internal sealed partial class DevModeProcess : IAsyncDisposable
{
    public const int HttpPort = 8080;
    public const int HttpsPort = 8443;

    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(180);

    private DevModeProcess(ProjectProcess process) => Process = process;

    public ProjectProcess Process { get; }

    public string TemporaryFolder { get; private set; } = string.Empty;

    public int PostgresPort { get; private set; }

    public string AdminToken { get; private set; } = string.Empty;

    /// <param name="options">Options after <c>dev</c>; none in the README's quick start.</param>
    public static async Task<DevModeProcess> StartAsync(params string[] options)
    {
        var dev = new DevModeProcess(ProjectProcess.StartProject("GitOpsGateway.Host", ["dev", .. options]));
        try
        {
            await dev.Process.WaitForLineAsync("GitOps Gateway dev mode is ready", ReadyTimeout, TestContext.Current.CancellationToken);
            await dev.Process.WaitForLineAsync("Ctrl-C stops everything", TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
            var banner = dev.Process.Output;
            dev.TemporaryFolder = TemporaryFolderLine().Match(banner).Groups["path"].Value;
            dev.PostgresPort = int.Parse(PostgresPortText().Match(banner).Groups["port"].Value, System.Globalization.CultureInfo.InvariantCulture);
            dev.AdminToken = AdminTokenText().Match(banner).Groups["token"].Value;
            return dev;
        }
        catch
        {
            await dev.DisposeAsync();
            throw;
        }
    }

    /// <summary>Ctrl-C, then waits for the exit code; anything left behind stays for the caller to check.</summary>
    public async Task<int> InterruptAsync(TimeSpan timeout)
    {
        Process.Interrupt();
        return await Process.WaitForExitAsync(timeout, TestContext.Current.CancellationToken);
    }

    /// <summary>Stops dev mode as a user would (Ctrl-C), so its PostgreSQL server and folders go too; kills it only if that fails.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!Process.HasExited)
            {
                await InterruptAsync(TimeSpan.FromSeconds(60));
            }
        }
        finally
        {
            await Process.DisposeAsync();
        }
    }

    [GeneratedRegex(@"Temporary files\s+(?<path>\S+)")]
    private static partial Regex TemporaryFolderLine();

    [GeneratedRegex(@"PostgreSQL\s+Host=127\.0\.0\.1;Port=(?<port>\d+)")]
    private static partial Regex PostgresPortText();

    [GeneratedRegex(@"token: (?<token>\S+)")]
    private static partial Regex AdminTokenText();
}
