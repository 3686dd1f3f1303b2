using System.ComponentModel;
using GitOpsGateway.Testing.Processes;

namespace GitOpsGateway.Testing.Postgres;

/// <summary>Finds the folder holding <c>initdb</c> and <c>pg_ctl</c>.</summary>
internal static class PostgresBinaries
{
    private const string DebianRoot = "/usr/lib/postgresql";

    public static async Task<string?> FindBinDirectoryAsync(CancellationToken cancellationToken) =>
        HighestDebianVersion()
        ?? await FromPgConfigAsync(cancellationToken).ConfigureAwait(false)
        ?? OnPath();

    private static string? HighestDebianVersion()
    {
        if (!Directory.Exists(DebianRoot))
        {
            return null;
        }

        return Directory.GetDirectories(DebianRoot)
            .Select(versionDirectory => (
                Version: int.TryParse(Path.GetFileName(versionDirectory), out var major) ? major : -1,
                Bin: Path.Combine(versionDirectory, "bin")))
            .Where(candidate => candidate.Version >= 0 && HasServerTools(candidate.Bin))
            .OrderByDescending(candidate => candidate.Version)
            .Select(candidate => candidate.Bin)
            .FirstOrDefault();
    }

    private static async Task<string?> FromPgConfigAsync(CancellationToken cancellationToken)
    {
        try
        {
            var result = await ExternalCommand.RunAsync("pg_config", ["--bindir"], "/", null, cancellationToken)
                .ConfigureAwait(false);
            var bin = result.StandardOutput.Trim();
            return result.ExitCode == 0 && HasServerTools(bin) ? bin : null;
        }
        catch (Win32Exception)
        {
            return null;
        }
    }

    private static string? OnPath() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .FirstOrDefault(HasServerTools);

    private static bool HasServerTools(string directory) =>
        File.Exists(Path.Combine(directory, "initdb")) && File.Exists(Path.Combine(directory, "pg_ctl"));
}
