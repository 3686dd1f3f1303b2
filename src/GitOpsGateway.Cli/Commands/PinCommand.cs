using System.CommandLine;
using GitOpsGateway.Cli.Frame;

namespace GitOpsGateway.Cli.Commands;

/// <summary><c>ggctl pin [--version N]</c> and <c>ggctl unpin</c>: hold a source at a version, or let its head serve again.</summary>
internal sealed class PinCommand(bool unpin) : IGgctlCommand
{
    public Command Build(CommandHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var reason = new Option<string?>("--reason") { Description = "Why: recorded in the journal", HelpName = "TEXT" };
        var source = new Option<string?>("--source") { Description = "The source, when several are configured", HelpName = "NAME" };
        var version = new Option<long?>("--version") { Description = "The version to hold (default: the active one)", HelpName = "N" };
        var command = unpin
            ? new Command("unpin", "Lift the pin: the newest compiled version (the head) becomes active.") { reason, source }
            : new Command("pin", "Hold a source at a version: new commits are compiled but not activated until 'ggctl unpin'.") { reason, source, version };
        host.SetAction(command, (context, cancellationToken) => ServerCall.RunAsync(
            context,
            (client, token) => client.PostAsync(unpin ? "/api/v1/unpin" : "/api/v1/pin", new
            {
                reason = context.Value(reason),
                source = context.Value(source),
                version = unpin ? null : context.Value(version),
            }, token),
            OutcomeTable.Build,
            cancellationToken));
        return command;
    }
}
