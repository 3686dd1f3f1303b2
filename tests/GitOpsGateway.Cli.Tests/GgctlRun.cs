namespace GitOpsGateway.Cli.Tests;

/// <summary>A finished ggctl process: its exit code and what it printed (stdout and stderr, in arrival order).</summary>
internal sealed record GgctlRun(int ExitCode, string Output);
