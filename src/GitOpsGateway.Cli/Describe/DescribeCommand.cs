using System.CommandLine;
using GitOpsGateway.Cli.Commands;
using GitOpsGateway.Cli.Frame;
using GitOpsGateway.Cli.Output;

namespace GitOpsGateway.Cli.Describe;

/// <summary>
/// <c>ggctl describe KIND NAME [-n NS]</c>: one object as the control plane holds it, like <c>kubectl describe</c>;
/// with <c>-o json|yaml|jsonpath</c> the structured document. Exits 6 when the object does not exist.
/// </summary>
internal sealed class DescribeCommand : IGgctlCommand
{
    public Command Build(CommandHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var kind = new Argument<string>("KIND") { Description = "gateway, httproute, service, ... (any case)" };
        var name = new Argument<string>("NAME") { Description = "The object's name" };
        var ns = new Option<string>("--namespace", "-n") { Description = "The object's namespace", DefaultValueFactory = _ => "default", HelpName = "NS" };
        var command = new Command("describe", "Show one object in detail: origin, conditions, listeners or rules and backends, nodes, recent history.") { kind, name, ns };
        host.SetAction(command, async (context, cancellationToken) =>
        {
            var kindName = context.Value(kind)!;
            var scope = ResourceKindNames.IsClusterScoped(kindName) ? null : context.Value(ns);
            using var client = new AdminClient(await context.ResolveConnectionAsync(cancellationToken), onBehalfOf: null);
            var document = await DescribeQuery.RunAsync(client, kindName, context.Value(name)!, scope, cancellationToken);
            using var text = new StringWriter();
            new DescribeText(text, context.Environment.Clock.GetUtcNow()).Write(document);
            if (context.Format.Kind is OutputKind.Table or OutputKind.Wide)
            {
                await context.Out.WriteAsync(text.ToString());
            }
            else
            {
                var markdown = $"```\n{text.ToString().Replace("\r\n", "\n", StringComparison.Ordinal)}```\n";
                context.Print(new CommandOutput(new Table([], []), document, markdown));
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
