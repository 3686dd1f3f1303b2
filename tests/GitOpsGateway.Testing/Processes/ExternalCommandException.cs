namespace GitOpsGateway.Testing.Processes;

/// <summary>A command-line tool (git, initdb, pg_ctl, ...) exited with a non-zero code.</summary>
public sealed class ExternalCommandException : Exception
{
    public ExternalCommandException()
    {
    }

    public ExternalCommandException(string message)
        : base(message)
    {
    }

    public ExternalCommandException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal ExternalCommandException(string commandLine, int exitCode, string standardOutput, string standardError)
        : base($"`{commandLine}` exited with code {exitCode}: {Describe(standardOutput, standardError)}")
    {
        CommandLine = commandLine;
        ExitCode = exitCode;
        StandardOutput = standardOutput;
        StandardError = standardError;
    }

    public string CommandLine { get; } = string.Empty;

    public int ExitCode { get; }

    public string StandardOutput { get; } = string.Empty;

    public string StandardError { get; } = string.Empty;

    private static string Describe(string standardOutput, string standardError) =>
        string.IsNullOrWhiteSpace(standardError) ? standardOutput.Trim() : standardError.Trim();
}
