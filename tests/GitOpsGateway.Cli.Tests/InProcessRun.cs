namespace GitOpsGateway.Cli.Tests;

internal sealed record InProcessRun(int ExitCode, string Output, string Error);
