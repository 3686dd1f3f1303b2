using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace GitOpsGateway.Cli.Frame;

/// <summary>The standard help, followed by the exit codes every command shares.</summary>
internal sealed class HelpWithExitCodesAction(HelpAction help) : SynchronousCommandLineAction
{
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var code = help.Invoke(parseResult);
        var output = parseResult.InvocationConfiguration.Output;
        output.WriteLine("Exit codes:");
        foreach (var (exitCode, meaning) in ExitCodes.Documented)
        {
            output.WriteLine($"  {exitCode,-5}{meaning}");
        }

        output.WriteLine();
        return code;
    }
}
