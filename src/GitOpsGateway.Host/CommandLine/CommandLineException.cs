namespace GitOpsGateway.Host.CommandLine;

/// <summary>The command line or the environment is wrong; the message lists every problem, one per line.</summary>
internal sealed class CommandLineException : Exception
{
    public CommandLineException()
    {
    }

    public CommandLineException(string message)
        : base(message)
    {
    }

    public CommandLineException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CommandLineException(IEnumerable<string> problems)
        : base(string.Join(Environment.NewLine, problems))
    {
    }
}
