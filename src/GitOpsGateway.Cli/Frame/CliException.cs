namespace GitOpsGateway.Cli.Frame;

/// <summary>A failure the user can act on: its message is printed as one sentence and the command exits with <see cref="ExitCode"/>.</summary>
internal sealed class CliException : Exception
{
    public CliException()
        : this("The command failed.")
    {
    }

    public CliException(string message)
        : this(message, ExitCodes.UsageOrInput)
    {
    }

    public CliException(string message, Exception innerException)
        : base(message, innerException)
    {
        ExitCode = ExitCodes.UsageOrInput;
    }

    public CliException(string message, int exitCode, Exception? innerException = null)
        : base(message, innerException)
    {
        ExitCode = exitCode;
    }

    public int ExitCode { get; }
}
