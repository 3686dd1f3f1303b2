using System.CommandLine;
using GitOpsGateway.Cli.Frame;

namespace GitOpsGateway.Cli.Commands;

/// <summary><c>ggctl rollback --to-version N | --to-commit SHA | --to-time T --reason TEXT</c>: serve an earlier state as a new version, pinned.</summary>
internal sealed class RollbackCommand : IGgctlCommand
{
    public Command Build(CommandHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var toVersion = new Option<long?>("--to-version") { Description = "Serve this version's tables again", HelpName = "N" };
        var toCommit = new Option<string?>("--to-commit") { Description = "Serve the objects as they stood after this commit (7+ characters)", HelpName = "SHA" };
        var toTime = new Option<DateTimeOffset?>("--to-time") { Description = "Serve the objects as they stood at this time (ISO 8601)", HelpName = "T" };
        var reason = new Option<string>("--reason") { Description = "Why: recorded in the journal and the version's provenance", Required = true, HelpName = "TEXT" };
        var source = new Option<string?>("--source") { Description = "The source, when several are configured", HelpName = "NAME" };
        var command = new Command("rollback", "Roll back by event replay (works while Git is unreachable) and pin the result until 'ggctl unpin'.")
        {
            toVersion, toCommit, toTime, reason, source,
        };
        command.Validators.Add(result =>
        {
            if (new Option[] { toVersion, toCommit, toTime }.Count(option => result.GetResult(option) is not null) != 1)
            {
                result.AddError("Give exactly one of --to-version, --to-commit and --to-time.");
            }
        });
        host.SetAction(command, (context, cancellationToken) => ServerCall.RunAsync(
            context,
            (client, token) => client.PostAsync("/api/v1/rollback", new
            {
                toVersion = context.Value(toVersion),
                toCommit = context.Value(toCommit),
                toTime = context.Value(toTime),
                reason = context.Value(reason),
                source = context.Value(source),
            }, token),
            OutcomeTable.Build,
            cancellationToken));
        return command;
    }
}
