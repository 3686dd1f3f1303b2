using System.Globalization;
using System.Text.RegularExpressions;
using GitOpsGateway.Testing.Echo;
using GitOpsGateway.Testing.Processes;

namespace GitOpsGateway.Testing.Tests.Processes;

public sealed partial class ProjectProcessTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;

    [Fact]
    public async Task stdout_and_stderr_lines_are_captured_in_order()
    {
        await using var child = Shell("echo first; echo second >&2; echo third; echo ready");

        await child.WaitForLineAsync("ready", Patience, cancellation);

        Assert.Equal(0, await child.WaitForExitAsync(Patience, cancellation));
        Assert.Contains("first", child.Lines);
        Assert.Contains("second", child.Lines);
        Assert.Equal(["first", "third", "ready"], child.Lines.Where(line => line != "second"));
    }

    [Fact]
    public async Task wait_for_line_matches_a_pattern_and_returns_the_line()
    {
        await using var child = Shell("echo 'listening on port 41234'; sleep 30");

        var line = await child.WaitForLineAsync(PortLine(), Patience, cancellation);

        Assert.Equal("41234", PortLine().Match(line).Groups["port"].Value);
    }

    [Fact]
    public async Task wait_for_line_fails_at_once_when_the_process_ends_without_printing_it()
    {
        await using var child = Shell("echo something else; exit 3");

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(
            () => child.WaitForLineAsync("never printed", TimeSpan.FromMinutes(1), cancellation));

        Assert.Contains("something else", failure.Message, StringComparison.Ordinal);
        Assert.Equal(3, await child.WaitForExitAsync(Patience, cancellation));
    }

    [Fact]
    public async Task child_environment_disables_config_reload_and_takes_extra_variables()
    {
        await using var child = ProjectProcess.Start(
            "/bin/sh",
            ["-c", "echo reload=$DOTNET_hostBuilder__reloadConfigOnChange extra=$EXTRA_SETTING"],
            new ProjectProcessOptions { Environment = new Dictionary<string, string?> { ["EXTRA_SETTING"] = "42" } });

        await child.WaitForExitAsync(Patience, cancellation);

        Assert.Equal(["reload=false extra=42"], child.Lines);
    }

    [Fact]
    public async Task interrupt_lets_the_process_handle_ctrl_c_and_exit_cleanly()
    {
        await using var child = Shell("trap 'echo interrupted; exit 0' INT; echo ready; while true; do sleep 0.1; done");
        await child.WaitForLineAsync("ready", Patience, cancellation);

        child.Interrupt();

        Assert.Equal(0, await child.WaitForExitAsync(Patience, cancellation));
        Assert.Contains("interrupted", child.Lines);
    }

    [Fact]
    public async Task interrupt_ends_a_process_that_does_not_handle_it()
    {
        await using var child = ProjectProcess.Start("sleep", ["300"]);

        child.Interrupt();

        Assert.Equal(128 + 2, await child.WaitForExitAsync(Patience, cancellation));
    }

    [Fact]
    public async Task dispose_kills_the_process_and_its_children_leaving_no_orphan()
    {
        var child = Shell("sleep 300 & echo child=$!; wait");
        var line = await child.WaitForLineAsync("child=", Patience, cancellation);
        var shellId = child.Id;
        var sleeperId = int.Parse(line["child=".Length..], CultureInfo.InvariantCulture);
        Assert.True(IsRunning(sleeperId));

        await child.DisposeAsync();

        Assert.True(await GoneWithinAsync(shellId, Patience));
        Assert.True(await GoneWithinAsync(sleeperId, Patience));
    }

    [Fact]
    public async Task wait_for_http_returns_once_the_url_answers_with_success()
    {
        await using var backend = await EchoBackend.StartAsync("health", cancellationToken: cancellation);
        await using var child = Shell("sleep 300");

        await child.WaitForHttpAsync(new Uri(backend.Url, "/readyz"), Patience, cancellation);

        Assert.Equal("/readyz", Assert.Single(backend.Received).Path);
    }

    [Fact]
    public async Task wait_for_http_fails_when_the_process_exits_first()
    {
        await using var child = Shell("echo bye; exit 1");
        var nobodyListens = new Uri($"http://127.0.0.1:{FreePort.Next()}/readyz");

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(
            () => child.WaitForHttpAsync(nobodyListens, TimeSpan.FromMinutes(1), cancellation));

        Assert.Contains("exited with code 1", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task built_assembly_runs_under_the_dotnet_host()
    {
        var thisTestAssembly = typeof(ProjectProcessTests).Assembly.Location;
        await using var child = ProjectProcess.StartAssembly(thisTestAssembly, ["-list", "classes"]);

        var line = await child.WaitForLineAsync(nameof(ProjectProcessTests), TimeSpan.FromMinutes(1), cancellation);

        Assert.Equal(typeof(ProjectProcessTests).FullName, line.Trim());
        Assert.Equal(0, await child.WaitForExitAsync(TimeSpan.FromMinutes(1), cancellation));
    }

    [Fact]
    public async Task generic_command_runs_with_its_arguments()
    {
        await using var child = ProjectProcess.Start("dotnet", ["--version"]);

        Assert.Equal(0, await child.WaitForExitAsync(TimeSpan.FromMinutes(1), cancellation));
        Assert.Matches(@"^\d+\.\d+\.\d+", child.Output);
    }

    private static ProjectProcess Shell(string script) => ProjectProcess.Start("/bin/sh", ["-c", script]);

    /// <summary>SIGKILL is delivered asynchronously: poll until the process is gone or the time is up.</summary>
    private async Task<bool> GoneWithinAsync(int processId, TimeSpan timeout)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        deadline.CancelAfter(timeout);
        using var poll = new PeriodicTimer(TimeSpan.FromMilliseconds(20));
        try
        {
            while (IsRunning(processId))
            {
                await poll.WaitForNextTickAsync(deadline.Token);
            }

            return true;
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>Alive and not a zombie waiting to be reaped.</summary>
    private static bool IsRunning(int processId)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{processId}/stat");
            var state = stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[0];
            return state != "Z" && state != "X";
        }
        catch (IOException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"listening on port (?<port>\d+)")]
    private static partial Regex PortLine();
}
