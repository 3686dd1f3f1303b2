using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using GitOpsGateway.Cli.Commands;
using GitOpsGateway.Cli.Configuration;
using GitOpsGateway.Cli.Describe;
using GitOpsGateway.Cli.Frame;
using GitOpsGateway.Cli.Login;
using GitOpsGateway.Cli.Plan;
using GitOpsGateway.Cli.Validate;

namespace GitOpsGateway.Cli;

/// <summary>
/// The ggctl composition: global options, the registered commands, help with exit codes, and parse errors
/// reported as one line each with exit code 2. Offline and server-side commands register here alike.
/// </summary>
internal static class GgctlApplication
{
    private static readonly IGgctlCommand[] Commands =
    [
        new ValidateCommand(), new ConfigCommand(), new GetCommand(), new StatusCommand(), new VersionsCommand(), new DiffCommand(),
        new HistoryCommand(), new AuditCommand(), new RollbackCommand(), new PinCommand(unpin: false), new PinCommand(unpin: true),
        new DescribeCommand(), new PlanCommand(), new JournalCommand(), new TokenCommand(), new LoginCommand(), new LogoutCommand(),
    ];

    public static RootCommand BuildRoot(CliEnvironment environment)
    {
        var globals = new GlobalOptions();
        var host = new CommandHost(globals, environment);
        var root = new RootCommand("ggctl: the GitOps Gateway command line. Validates Gateway API manifests offline.");
        globals.AddTo(root);
        foreach (var command in Commands)
        {
            root.Subcommands.Add(command.Build(host));
        }

        var help = root.Options.OfType<HelpOption>().Single();
        var helpAction = new HelpWithExitCodesAction((HelpAction)help.Action!);
        help.Action = helpAction;
        root.SetAction(helpAction.Invoke);
        return root;
    }

    public static async Task<int> RunAsync(
        IReadOnlyList<string> args,
        CliEnvironment environment,
        TextWriter output,
        TextWriter error,
        CancellationToken cancellationToken)
    {
        var parse = BuildRoot(environment).Parse(args);
        if (parse.Action is ParseErrorAction)
        {
            foreach (var parseError in parse.Errors)
            {
                await error.WriteLineAsync($"error: {parseError.Message}");
            }

            return ExitCodes.UsageOrInput;
        }

        var invocation = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        return await parse.InvokeAsync(invocation, cancellationToken);
    }
}
