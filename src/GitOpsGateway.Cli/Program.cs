using GitOpsGateway.Cli;
using GitOpsGateway.Cli.Frame;

return await GgctlApplication.RunAsync(args, CliEnvironment.FromProcess(), Console.Out, Console.Error, CancellationToken.None);
