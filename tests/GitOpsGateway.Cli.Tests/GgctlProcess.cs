using GitOpsGateway.Testing.Processes;

namespace GitOpsGateway.Cli.Tests;

/// <summary>Runs the built ggctl as a user would (<c>dotnet ggctl.dll ...</c> from the repository root) and waits for it.</summary>
internal static class GgctlProcess
{
    public const string ProjectName = "GitOpsGateway.Cli";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>The user's own settings must not leak in: the ggctl variables are cleared unless the test sets them.</summary>
    private static readonly Dictionary<string, string?> Isolated = new()
    {
        ["GGCTL_SERVER"] = null,
        ["GGCTL_TOKEN"] = null,
        ["GGCTL_CONFIG"] = null,
        ["XDG_CONFIG_HOME"] = null,
    };

    public static async Task<GgctlRun> RunAsync(IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null)
    {
        await using var process = Start(arguments, environment);
        var exitCode = await process.WaitForExitAsync(Timeout, TestContext.Current.CancellationToken);
        return new GgctlRun(exitCode, process.Output);
    }

    /// <summary>Starts ggctl without waiting, for a command the test interacts with while it runs (a login waiting for approval).</summary>
    public static ProjectProcess Start(IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var variables = new Dictionary<string, string?>(Isolated);
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            variables[name] = value;
        }

        return ProjectProcess.StartProject(ProjectName, arguments, new ProjectProcessOptions { Environment = variables });
    }
}
