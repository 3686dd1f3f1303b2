using System.ComponentModel;
using System.Diagnostics;

namespace GitOpsGateway.DevMode.Postgres;

/// <summary>
/// The machine's PostgreSQL server tools (<c>initdb</c>, <c>pg_ctl</c>): the newest <c>/usr/lib/postgresql/N/bin</c>,
/// else the first on <c>PATH</c>. Run as the <c>postgres</c> user through <c>runuser</c> when this process is root.
/// </summary>
internal sealed class PostgresTools(string binDirectory)
{
    public const string SystemUser = "postgres";

    private const string DebianRoot = "/usr/lib/postgresql";

    public string BinDirectory { get; } = binDirectory;

    public static PostgresTools? Find()
    {
        var debian = Directory.Exists(DebianRoot)
            ? Directory.GetDirectories(DebianRoot)
                .Select(folder => (Major: int.TryParse(Path.GetFileName(folder), out var major) ? major : -1, Bin: Path.Combine(folder, "bin")))
                .Where(candidate => candidate.Major >= 0 && HasTools(candidate.Bin))
                .OrderByDescending(candidate => candidate.Major)
                .Select(candidate => candidate.Bin)
                .FirstOrDefault()
            : null;
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(HasTools);
        return (debian ?? onPath) is { } bin ? new PostgresTools(bin) : null;
    }

    public async Task<ToolResult> RunAsync(string tool, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var path = Path.Combine(BinDirectory, tool);
        return CurrentUser.IsRoot
            ? await RunProcessAsync("runuser", ["-u", SystemUser, "--", path, .. arguments], cancellationToken)
            : await RunProcessAsync(path, arguments, cancellationToken);
    }

    public static async Task<ToolResult> RunProcessAsync(string fileName, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        // "/" is a working directory the postgres user can always enter.
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = "/",
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var commandLine = string.Join(' ', [fileName, .. arguments]);
        try
        {
            using var process = Process.Start(start) ?? throw new DevModeException($"Could not start `{commandLine}`.");
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            return new ToolResult(commandLine, process.ExitCode, await output + await error);
        }
        catch (Win32Exception exception)
        {
            throw new DevModeException($"Could not start `{commandLine}`: {exception.Message}", exception);
        }
    }

    private static bool HasTools(string folder) =>
        File.Exists(Path.Combine(folder, "initdb")) && File.Exists(Path.Combine(folder, "pg_ctl"));
}
