namespace GitOpsGateway.Testing.Processes;

internal sealed record CommandResult(string CommandLine, int ExitCode, string StandardOutput, string StandardError)
{
    public CommandResult ThrowIfFailed() =>
        ExitCode == 0 ? this : throw new ExternalCommandException(CommandLine, ExitCode, StandardOutput, StandardError);
}
