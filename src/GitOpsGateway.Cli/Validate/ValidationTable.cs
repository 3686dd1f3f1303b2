using GitOpsGateway.Cli.Output;
using GitOpsGateway.GatewayApi;

namespace GitOpsGateway.Cli.Validate;

/// <summary>
/// The people's view: one row per Gateway API object. ATTACHED lists a Gateway's listeners with the number of
/// routes attached to each (<c>http=2,https=2</c>) and a route's parents (<c>infra/prod-gateway</c>).
/// </summary>
internal static class ValidationTable
{
    private const int MessageWidth = 70;

    public static Table Build(IReadOnlyList<ObjectSummary> summaries) => new(
        [
            new TableColumn("Kind"),
            new TableColumn("Namespace"),
            new TableColumn("Name"),
            new TableColumn("Accepted"),
            new TableColumn("Resolved"),
            new TableColumn("Attached"),
            new TableColumn("Location", WideOnly: true),
            new TableColumn("Reason"),
            new TableColumn("Message", MaxWidth: MessageWidth),
        ],
        [.. summaries.Select(Row)]);

    private static string[] Row(ObjectSummary summary) =>
    [
        ResourceKinds.Name(summary.Resource.Kind),
        summary.Resource.Metadata.Namespace,
        summary.Resource.Metadata.Name,
        summary.Accepted,
        summary.Resolved,
        summary.Attached,
        summary.Location.File.Length == 0 ? string.Empty : summary.Location.ToString(),
        summary.Reason,
        summary.Message,
    ];
}
