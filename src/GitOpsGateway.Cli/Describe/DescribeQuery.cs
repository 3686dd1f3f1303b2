using System.Globalization;
using System.Text.Json.Nodes;
using GitOpsGateway.Cli.Commands;
using GitOpsGateway.Cli.Frame;

namespace GitOpsGateway.Cli.Describe;

/// <summary>
/// Gathers what <c>ggctl describe</c> shows from the admin API: the object and its status (<c>/resources</c>), its
/// last changes (<c>/history</c>), and by kind the nodes serving a Gateway (<c>/status</c>), the compiled rules of
/// a route (<c>/versions/{n}</c>, to tell whether each backend resolved), or the routes referring to a Service.
/// </summary>
internal static class DescribeQuery
{
    public const int HistoryEntries = 10;

    /// <exception cref="CliException">The object does not exist (exit code 6).</exception>
    public static async Task<JsonObject> RunAsync(AdminClient client, string kind, string name, string? scope, CancellationToken cancellationToken)
    {
        var found = await client.GetAsync("/api/v1/resources" + ServerCall.Query(("kind", kind), ("namespace", scope)), cancellationToken);
        var resource = ServerCall.Items(found).FirstOrDefault(item => (string?)item["name"] == name)
            ?? throw new CliException($"There is no {kind} named '{name}'{(scope is null ? string.Empty : $" in namespace '{scope}'")}.", ExitCodes.NotFound);
        var document = DescribeDocument.Common(resource);
        var canonicalKind = (string)resource["kind"]!;
        var ns = (string?)resource["namespace"] ?? string.Empty;
        switch (canonicalKind)
        {
            case "Gateway":
                var status = await client.GetAsync("/api/v1/status", cancellationToken);
                GatewayDetails.AddTo(document, resource, status["nodes"]);
                break;
            case "HTTPRoute" or "GRPCRoute" or "TLSRoute" or "TCPRoute" or "UDPRoute":
                var version = (long?)resource["versionNumber"] is { } number
                    ? await client.GetAsync(string.Create(CultureInfo.InvariantCulture, $"/api/v1/versions/{number}"), cancellationToken)
                    : null;
                RouteDetails.AddTo(document, resource, CompiledRules.From(version, canonicalKind, ns, name));
                break;
            case "Service":
                var everything = await client.GetAsync("/api/v1/resources", cancellationToken);
                ServiceDetails.AddTo(document, resource, ServerCall.Items(everything));
                break;
            default:
                break;
        }

        var history = await client.GetAsync(
            $"/api/v1/history/{Uri.EscapeDataString(canonicalKind)}/{Uri.EscapeDataString(ns.Length == 0 ? "_" : ns)}/{Uri.EscapeDataString(name)}"
            + ServerCall.Query(("newestFirst", "true"), ("pageSize", HistoryEntries.ToString(CultureInfo.InvariantCulture))),
            cancellationToken);
        document["history"] = new JsonArray([.. ServerCall.Items(history).Select(DescribeDocument.HistoryEntry)]);
        return document;
    }
}
