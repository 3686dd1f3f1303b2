using GitOpsGateway.Cli.Frame;

namespace GitOpsGateway.Cli.Tests;

/// <summary>
/// Runs ggctl's whole command line in this process, with stdout and stderr kept apart, a fixed clock and a
/// controlled environment: for what the process tests cannot separate or cannot reach.
/// </summary>
internal static class InProcessGgctl
{
    public static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 30, 45, TimeSpan.Zero);

    public static async Task<InProcessRun> RunAsync(
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string>? variables = null,
        string? homeDirectory = null,
        CancellationToken? cancellationToken = null)
    {
        var environment = new CliEnvironment(
            name => variables is not null && variables.TryGetValue(name, out var value) ? value : null,
            homeDirectory ?? Path.Combine(Path.GetTempPath(), "ggctl-tests-no-home"),
            new FixedClock(Now));
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await GgctlApplication.RunAsync(
            [.. arguments], environment, output, error, cancellationToken ?? TestContext.Current.CancellationToken);
        return new InProcessRun(exitCode, output.ToString(), error.ToString());
    }
}
