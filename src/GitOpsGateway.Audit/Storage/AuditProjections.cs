using GitOpsGateway.Audit.Commits;
using GitOpsGateway.Audit.Journal;
using GitOpsGateway.Audit.Nodes;
using GitOpsGateway.Audit.References;
using GitOpsGateway.Audit.Resources;
using GitOpsGateway.Audit.Versions;
using Marten;

namespace GitOpsGateway.Audit.Storage;

/// <summary>The names of the audit projections, and their rebuild from the event store.</summary>
public static class AuditProjections
{
    public const string Commits = "audit_commits";
    public const string ResourceHistory = "audit_resource_history";
    public const string ServedReferences = "audit_served_references";
    public const string NodeRuns = "audit_node_runs";
    public const string CommandJournal = "audit_command_journal";

    public static IReadOnlyList<string> All { get; } = [Commits, ResourceHistory, ServedReferences, NodeRuns, CommandJournal];

    /// <summary>Every document the projections write, state included (<see cref="NodeStatusRecord"/> is the registry's, not theirs).</summary>
    private static readonly Type[] Documents =
    [
        typeof(AuditCommit), typeof(ResourceChangeRecord), typeof(ResourceHead), typeof(ReferenceChangeRecord),
        typeof(ServedReferenceState), typeof(GatewayTableRecord), typeof(NodeVersionRun), typeof(CommandJournalEntry),
    ];

    /// <summary>
    /// Deletes what the audit projections wrote and replays every event through them: for a store whose history
    /// predates <see cref="AuditStoreOptionsExtensions.AddGitOpsGatewayAudit"/>, or after a projection changed.
    /// Run it while nothing ingests: events appended meanwhile would be applied twice.
    /// </summary>
    public static async Task RebuildAsync(IDocumentStore store, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        foreach (var document in Documents)
        {
            await store.Advanced.Clean.DeleteDocumentsByTypeAsync(document, cancellationToken);
        }

        using var daemon = await store.BuildProjectionDaemonAsync();
        foreach (var projection in All)
        {
            await daemon.RebuildProjectionAsync(projection, timeout, cancellationToken);
        }
    }
}
