using System.CommandLine;

namespace GitOpsGateway.Cli.Frame;

/// <summary>
/// Runs command actions the same way for every command: a <see cref="CliException"/> becomes one "error: ..." line
/// on stderr and its exit code; cancellation exits 130; anything else is reported as a bug with exit code 3.
/// </summary>
internal sealed class CommandHost(GlobalOptions globals, CliEnvironment environment)
{
    public GlobalOptions Globals { get; } = globals;

    public void SetAction(Command command, Func<CommandContext, CancellationToken, Task<int>> run)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(run);
        command.SetAction((parse, cancellationToken) => RunAsync(new CommandContext(parse, Globals, environment), run, cancellationToken));
    }

    private static async Task<int> RunAsync(
        CommandContext context,
        Func<CommandContext, CancellationToken, Task<int>> run,
        CancellationToken cancellationToken)
    {
        try
        {
            return await run(context, cancellationToken);
        }
        catch (CliException exception)
        {
            await context.Error.WriteLineAsync($"error: {exception.Message}");
            return exception.ExitCode;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await context.Error.WriteLineAsync("error: interrupted.");
            return ExitCodes.Interrupted;
        }
#pragma warning disable CA1031 // The one place that turns any bug into a readable line and a distinct exit code.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            await context.Error.WriteLineAsync($"error: ggctl failed unexpectedly ({exception.GetType().Name}: {exception.Message}); please report this.");
            return ExitCodes.InternalError;
        }
    }
}
