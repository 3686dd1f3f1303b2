using GitOpsGateway.Cli.Frame;

namespace GitOpsGateway.Cli.Tests.Frame;

public sealed class GgctlApplicationTests
{
    [Fact]
    public async Task Help_lists_the_commands_the_global_options_and_every_exit_code()
    {
        var run = await InProcessGgctl.RunAsync(["--help"]);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("validate <DIR>", run.Output, StringComparison.Ordinal);
        Assert.Contains("config", run.Output, StringComparison.Ordinal);
        Assert.Contains("--server <URL>", run.Output, StringComparison.Ordinal);
        Assert.Contains("--token <TOKEN>", run.Output, StringComparison.Ordinal);
        Assert.Contains("-o, --output <FORMAT>", run.Output, StringComparison.Ordinal);
        Assert.Contains("Exit codes:", run.Output, StringComparison.Ordinal);
        Assert.All(ExitCodes.Documented, code => Assert.Contains($"  {code.Code,-5}{code.Meaning}", run.Output, StringComparison.Ordinal));
        Assert.Empty(run.Error);
    }

    [Fact]
    public async Task Ggctl_without_a_command_prints_the_help()
    {
        var run = await InProcessGgctl.RunAsync([]);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("Exit codes:", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Command_help_works_without_the_required_argument_and_shows_the_global_options_too()
    {
        var run = await InProcessGgctl.RunAsync(["validate", "--help"]);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains(" validate <DIR> [options]", run.Output, StringComparison.Ordinal);
        Assert.Contains("--controller-name <NAME>", run.Output, StringComparison.Ordinal);
        Assert.Contains("--cluster-domain <DOMAIN>", run.Output, StringComparison.Ordinal);
        Assert.Contains("-o, --output <FORMAT>", run.Output, StringComparison.Ordinal);
        Assert.Contains("Exit codes:", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "nope" }, "error: Unrecognized command or argument 'nope'.")]
    [InlineData(new[] { "validate" }, "error: Required argument 'DIR' missing for command: 'validate'.")]
    [InlineData(new[] { "validate", ".", "-o", "xml" }, "error: 'xml' is not an output format; use table, wide, json, yaml, markdown or jsonpath=TEMPLATE.")]
    [InlineData(new[] { "-o", "jsonpath={.items[", "validate", "." }, "error: Invalid JSONPath template: the action opened at position 1 is never closed with '}'.")]
    [InlineData(new[] { "validate", ".", "--no-such-flag" }, "error: Unrecognized command or argument '--no-such-flag'.")]
    public async Task Usage_errors_print_one_sentence_to_stderr_and_exit_2(string[] arguments, string message)
    {
        var run = await InProcessGgctl.RunAsync(arguments);

        Assert.Equal(ExitCodes.UsageOrInput, run.ExitCode);
        Assert.Equal(message, run.Error.TrimEnd());
        Assert.Empty(run.Output);
    }

    [Fact]
    public async Task Global_options_are_accepted_before_or_after_the_command()
    {
        var before = await InProcessGgctl.RunAsync(["-o", "jsonpath={.kind}", "validate", Example.Folder]);
        var after = await InProcessGgctl.RunAsync(["validate", Example.Folder, "--output=jsonpath={.kind}"]);

        Assert.Equal(("List", ExitCodes.Success), (before.Output, before.ExitCode));
        Assert.Equal(("List", ExitCodes.Success), (after.Output, after.ExitCode));
    }

    [Fact]
    public async Task An_interrupted_command_says_so_and_exits_130()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var run = await InProcessGgctl.RunAsync(["validate", Example.Folder], cancellationToken: cancelled.Token);

        Assert.Equal(ExitCodes.Interrupted, run.ExitCode);
        Assert.Equal("error: interrupted.", run.Error.TrimEnd());
    }

    [Fact]
    public async Task A_jsonpath_template_that_cannot_be_applied_is_an_input_error()
    {
        var run = await InProcessGgctl.RunAsync(["validate", Example.Folder, "-o", "jsonpath={.items[99]}"]);

        Assert.Equal(ExitCodes.UsageOrInput, run.ExitCode);
        Assert.Equal("error: -o jsonpath: array index out of bounds: index 99, length 4.", run.Error.TrimEnd());
    }
}
