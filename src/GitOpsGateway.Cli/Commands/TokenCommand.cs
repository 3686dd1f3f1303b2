using System.CommandLine;
using System.Text.Json.Nodes;
using GitOpsGateway.Cli.Frame;
using GitOpsGateway.Cli.Output;

namespace GitOpsGateway.Cli.Commands;

/// <summary><c>ggctl token create|list|revoke|rotate</c>: named API tokens (admin role). A token's secret is printed once, at creation or rotation.</summary>
internal sealed class TokenCommand : IGgctlCommand
{
    private static readonly TableColumn[] Columns =
    [
        new("NAME"), new("ROLE"), new("SCOPES"), new("STATE"), new("EXPIRES"), new("LAST USED"), new("CREATED BY", WideOnly: true), new("CREATED", WideOnly: true),
    ];

    private static readonly TableColumn[] SecretColumns = [new("NAME"), new("ROLE"), new("SCOPES"), new("EXPIRES"), new("TOKEN")];

    public Command Build(CommandHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        return new Command("token", "Manage named API tokens (admin role): each has a role, optional scopes and an expiry.")
        {
            Create(host), List(host), Revoke(host), Rotate(host),
        };
    }

    private static Command Create(CommandHost host)
    {
        var name = new Argument<string>("NAME") { Description = "The token's name: the identity the journal records" };
        var role = new Option<string>("--role") { Description = "viewer, operator or admin", Required = true, HelpName = "ROLE" };
        var scopes = new Option<string[]>("--scope")
        {
            Description = "For operators: source:NAME or gateway:NAMESPACE/NAME (repeat for several; none = every source and Gateway)",
            HelpName = "SCOPE",
            AllowMultipleArgumentsPerToken = false,
        };
        var expiresInDays = new Option<int?>("--expires-in-days") { Description = "Lifetime in days (default 90)", HelpName = "N" };
        var command = new Command("create", "Create a token; its secret is shown this once.") { name, role, scopes, expiresInDays };
        host.SetAction(command, (context, cancellationToken) => ServerCall.RunAsync(
            context,
            (client, token) => client.PostAsync("/api/v1/tokens", new
            {
                name = context.Value(name),
                role = context.Value(role),
                scopes = context.Value(scopes) ?? [],
                expiresInDays = context.Value(expiresInDays),
            }, token),
            WithSecret,
            cancellationToken));
        return command;
    }

    private static Command List(CommandHost host)
    {
        var command = new Command("list", "List tokens: role, scopes, state, expiry, last use (never their secrets).");
        host.SetAction(command, (context, cancellationToken) => ServerCall.RunAsync(
            context,
            (client, token) => client.GetAsync("/api/v1/tokens", token),
            document => ServerCall.Rows(Columns, ServerCall.Items(document), Row),
            cancellationToken));
        return command;
    }

    private static Command Revoke(CommandHost host)
    {
        var name = new Argument<string>("NAME") { Description = "The token to revoke" };
        var command = new Command("revoke", "Revoke a token: every control-plane replica refuses it within a second.") { name };
        host.SetAction(command, (context, cancellationToken) => ServerCall.RunAsync(
            context,
            (client, token) => client.PostAsync($"/api/v1/tokens/{Uri.EscapeDataString(context.Value(name)!)}/revoke", new { }, token),
            document => new Table(Columns, [Row(document)]),
            cancellationToken));
        return command;
    }

    private static Command Rotate(CommandHost host)
    {
        var name = new Argument<string>("NAME") { Description = "The token to rotate" };
        var expiresInDays = new Option<int?>("--expires-in-days") { Description = "New lifetime in days (default 90)", HelpName = "N" };
        var command = new Command("rotate", "Give a token a new secret (shown this once; the old one stops working at once) and a new expiry.") { name, expiresInDays };
        host.SetAction(command, (context, cancellationToken) => ServerCall.RunAsync(
            context,
            (client, token) => client.PostAsync(
                $"/api/v1/tokens/{Uri.EscapeDataString(context.Value(name)!)}/rotate", new { expiresInDays = context.Value(expiresInDays) }, token),
            WithSecret,
            cancellationToken));
        return command;
    }

    private static Table WithSecret(JsonNode token) => new(SecretColumns,
    [
        [ServerCall.Cell(token["name"]), ServerCall.Cell(token["role"]), Scopes(token), ServerCall.Cell(token["expiresAt"]), ServerCall.Cell(token["token"])],
    ]);

    private static IReadOnlyList<string> Row(JsonNode token) =>
    [
        ServerCall.Cell(token["name"]),
        ServerCall.Cell(token["role"]),
        Scopes(token),
        ServerCall.Cell(token["state"]),
        ServerCall.Cell(token["expiresAt"]),
        ServerCall.Cell(token["lastUsedAt"]),
        ServerCall.Cell(token["createdBy"]),
        ServerCall.Cell(token["createdAt"]),
    ];

    private static string Scopes(JsonNode token) =>
        token["scopes"]?.AsArray().Select(scope => (string?)scope).Where(scope => scope is not null).ToList() is { Count: > 0 } scopes
            ? string.Join(",", scopes)
            : Table.None;
}
