using GitOpsGateway.Audit.Commits;
using GitOpsGateway.Audit.Journal;
using GitOpsGateway.Audit.Maintenance;
using GitOpsGateway.Audit.Nodes;
using GitOpsGateway.Audit.References;
using GitOpsGateway.Audit.Resources;
using GitOpsGateway.Audit.Versions;
using JasperFx.Events.Projections;
using Marten;

namespace GitOpsGateway.Audit.Storage;

public static class AuditStoreOptionsExtensions
{
    /// <summary>
    /// Registers the audit read models on a store already set up by <c>AddGitOpsGatewayEvents</c>: the inline
    /// projections, their documents with the composite indexes the queries walk, and the <see cref="NodeReported"/>
    /// event. On a store with history from before, rebuild them once (<see cref="AuditProjections.RebuildAsync"/>).
    /// </summary>
    public static StoreOptions AddGitOpsGatewayAudit(this StoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Events.MapEventType<NodeReported>(AuditEventTypeNames.NodeReported);
        options.Events.MapEventType<SecretMasked>(AuditEventTypeNames.SecretMasked);

        options.Schema.For<AuditCommit>();
        options.Schema.For<ResourceHead>();
        options.Schema.For<ResourceChangeRecord>().Identity(record => record.Id)
            .Index([record => record.ResourceKey, record => record.RecordedAt, record => record.Id], index => index.Name = "mt_doc_resourcechangerecord_idx_history");
        options.Schema.For<ReferenceChangeRecord>()
            .Index(
                [record => record.Subject, record => record.RecordedAt, record => record.Sequence, record => record.Ordinal],
                index => index.Name = "mt_doc_referencechangerecord_idx_history");
        options.Schema.For<ServedReferenceState>();
        options.Schema.For<GatewayTableRecord>()
            .Index([record => record.Gateway, record => record.VersionNumber])
            .Index(record => record.VersionNumber);
        options.Schema.For<NodeStatusRecord>();
        options.Schema.For<NodeVersionRun>()
            .Index([run => run.VersionNumber, run => run.Gateway, run => run.Node])
            .Index([run => run.NodeKey, run => run.VersionNumber]);
        options.Schema.For<CommandJournalEntry>()
            .Index(entry => entry.Sequence)
            .Index([entry => entry.Source, entry => entry.Sequence]);

        options.Projections.Add(new CommitProjection(), ProjectionLifecycle.Inline, AuditProjections.Commits);
        options.Projections.Add(new ResourceHistoryProjection(), ProjectionLifecycle.Inline, AuditProjections.ResourceHistory);
        options.Projections.Add(new ServedReferenceProjection(), ProjectionLifecycle.Inline, AuditProjections.ServedReferences);
        options.Projections.Add(new NodeRunProjection(), ProjectionLifecycle.Inline, AuditProjections.NodeRuns);
        options.Projections.Add(new CommandJournalProjection(), ProjectionLifecycle.Inline, AuditProjections.CommandJournal);
        return options;
    }
}
