using System.ComponentModel;
using System.Diagnostics;
using GitOpsGateway.Testing.Processes;

namespace GitOpsGateway.Conformance.Report;

/// <summary>The version a report names: the commit of this checkout the processes were built from.</summary>
public static class ImplementationVersion
{
    public static async Task<string> CurrentAsync(CancellationToken cancellationToken)
    {
        try
        {
            var sha = await GitAsync(cancellationToken, "rev-parse", "--short=12", "HEAD");
            var changes = await GitAsync(cancellationToken, "status", "--porcelain", "--untracked-files=no");
            return sha.Length == 0 ? "unknown" : "commit-" + sha + (changes.Length > 0 ? "-dirty" : "");
        }
        catch (Win32Exception)
        {
            return "unknown";
        }
    }

    private static async Task<string> GitAsync(CancellationToken cancellationToken, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = RepositoryRoot.Find(), RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new Win32Exception("git did not start.");
        var output = await process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return process.ExitCode == 0 ? output.Trim() : string.Empty;
    }
}
