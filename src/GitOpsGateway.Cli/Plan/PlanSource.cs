using System.Text.Json.Nodes;
using GitOpsGateway.Cli.Commands;
using GitOpsGateway.Cli.Frame;

namespace GitOpsGateway.Cli.Plan;

/// <summary>The source a plan is for, as <c>/api/v1/sources</c> describes it: its name and its repository-relative folder.</summary>
internal sealed record PlanSource(string Name, string Folder)
{
    /// <summary>The source named, or the only one; several sources and no <paramref name="wanted"/> is a usage error.</summary>
    /// <exception cref="CliException">No such source (exit code 6), or several and none chosen (exit code 2).</exception>
    public static async Task<PlanSource> ChooseAsync(AdminClient client, string? wanted, CancellationToken cancellationToken)
    {
        var sources = ServerCall.Items(await client.GetAsync("/api/v1/sources", cancellationToken))
            .Select(source => new PlanSource((string)source["name"]!, (string?)source["folder"] ?? string.Empty))
            .ToList();
        var names = string.Join(", ", sources.Select(source => source.Name));
        if (wanted is not null)
        {
            return sources.FirstOrDefault(source => source.Name == wanted)
                ?? throw new CliException($"The control plane has no source named '{wanted}' (it has: {names}).", ExitCodes.NotFound);
        }

        return sources switch
        {
            [var only] => only,
            [] => throw new CliException("The control plane has no source to plan against.", ExitCodes.NotFound),
            _ => throw new CliException($"The control plane watches several sources ({names}): choose one with --source NAME."),
        };
    }
}
