using GitOpsGateway.Testing.Processes;

namespace GitOpsGateway.Testing.Git;

/// <summary>Runs the real <c>git</c>, shielded from the machine's global and system configuration.</summary>
internal static class GitCommandLine
{
    private static readonly IReadOnlyDictionary<string, string?> IsolatedEnvironment = new Dictionary<string, string?>
    {
        ["GIT_CONFIG_NOSYSTEM"] = "1",
        ["GIT_CONFIG_GLOBAL"] = "/dev/null",
        ["GIT_TERMINAL_PROMPT"] = "0",
        ["LC_ALL"] = "C",
        // A detached "git gc --auto" after a big commit deletes loose objects while the test disposes the
        // folder; tests never need it.
        ["GIT_CONFIG_COUNT"] = "2",
        ["GIT_CONFIG_KEY_0"] = "gc.auto",
        ["GIT_CONFIG_VALUE_0"] = "0",
        ["GIT_CONFIG_KEY_1"] = "maintenance.auto",
        ["GIT_CONFIG_VALUE_1"] = "false",
    };

    public static async Task<string> RunAsync(
        string workingDirectory,
        IEnumerable<string> arguments,
        CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string?>? extraEnvironment = null)
    {
        var environment = new Dictionary<string, string?>(IsolatedEnvironment);
        foreach (var (name, value) in extraEnvironment ?? new Dictionary<string, string?>())
        {
            environment[name] = value;
        }

        var output = await ExternalCommand.RunCheckedAsync("git", arguments, workingDirectory, environment, cancellationToken)
            .ConfigureAwait(false);
        return output.TrimEnd('\n');
    }
}
