namespace GitOpsGateway.DevMode.Postgres;

/// <summary>How a command-line tool ended.</summary>
internal sealed record ToolResult(string CommandLine, int ExitCode, string Output)
{
    public ToolResult ThrowIfFailed() =>
        ExitCode == 0 ? this : throw new DevModeException($"`{CommandLine}` exited with code {ExitCode}: {Output.Trim()}");
}
