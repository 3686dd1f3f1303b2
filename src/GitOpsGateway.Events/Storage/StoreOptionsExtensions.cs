using GitOpsGateway.Events.Projections;
using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Weasel.Core;

namespace GitOpsGateway.Events.Storage;

public static class StoreOptionsExtensions
{
    /// <summary>
    /// Registers the event model on a Marten store: string stream keys, Rich appends (inline projections see
    /// event versions, and appends can state the version they expect), provenance metadata columns, the stored
    /// event names, the inline projections and their indexes. Documents and events are camelCase JSON whose strings
    /// PostgreSQL can always store (<see cref="StorableStringConverter"/>).
    /// </summary>
    public static StoreOptions AddGitOpsGatewayEvents(this StoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.UseSystemTextJsonForSerialization(
            EnumStorage.AsString, Casing.CamelCase, json => json.Converters.Add(new StorableStringConverter()));

        options.Events.StreamIdentity = StreamIdentity.AsString;
        options.Events.AppendMode = EventAppendMode.Rich;
        options.Events.MetadataConfig.HeadersEnabled = true;
        options.Events.MetadataConfig.CorrelationIdEnabled = true;
        options.Events.MetadataConfig.CausationIdEnabled = true;

        options.Events.MapEventType<CommitIngested>(EventTypeNames.CommitIngested);
        options.Events.MapEventType<CommitFailed>(EventTypeNames.CommitFailed);
        options.Events.MapEventType<ForcePushDetected>(EventTypeNames.ForcePushDetected);
        options.Events.MapEventType<ResourceCreated>(EventTypeNames.ResourceCreated);
        options.Events.MapEventType<ResourceChanged>(EventTypeNames.ResourceChanged);
        options.Events.MapEventType<ResourceDeleted>(EventTypeNames.ResourceDeleted);
        options.Events.MapEventType<ManifestRejected>(EventTypeNames.ManifestRejected);
        options.Events.MapEventType<RouteTableVersionPublished>(EventTypeNames.RouteTableVersionPublished);
        options.Events.MapEventType<RollbackRequested>(EventTypeNames.RollbackRequested);
        options.Events.MapEventType<VersionPinned>(EventTypeNames.VersionPinned);
        options.Events.MapEventType<VersionUnpinned>(EventTypeNames.VersionUnpinned);
        options.Events.MapEventType<ApiTokenCreated>(EventTypeNames.ApiTokenCreated);
        options.Events.MapEventType<ApiTokenRevoked>(EventTypeNames.ApiTokenRevoked);
        options.Events.MapEventType<ApiTokenRotated>(EventTypeNames.ApiTokenRotated);

        options.Schema.For<CurrentResource>().Index(resource => resource.Source);
        options.Schema.For<IngestedCommit>().Index(commit => commit.Sha);
        options.Schema.For<ActiveVersion>().Index(active => active.Source);
        options.Schema.For<RouteTableVersion>().Identity(version => version.Id);
        options.Schema.For<SourceSync>();
        options.Schema.For<FailingCommit>();
        options.Schema.For<FailedCommit>().Index(commit => commit.Source);
        options.Schema.For<SourceRejections>();
        options.Schema.For<VersionPin>();
        options.Schema.For<VersionActivation>().Identity(activation => activation.Id)
            .Index([activation => activation.ActivatedAt, activation => activation.Id], index => index.Name = "mt_doc_versionactivation_idx_time")
            .Index(
                [activation => activation.Source, activation => activation.ActivatedAt, activation => activation.Id],
                index => index.Name = "mt_doc_versionactivation_idx_source_time");

        options.Projections.Add(new SourceStateProjection(), ProjectionLifecycle.Inline, EventProjections.SourceState);
        options.Projections.Add(new CurrentResourceProjection(), ProjectionLifecycle.Inline, EventProjections.CurrentResources);
        options.Projections.Add(new VersionProjection(), ProjectionLifecycle.Inline, EventProjections.Versions);
        options.Projections.Add(new SourceRejectionsProjection(), ProjectionLifecycle.Inline, EventProjections.Rejections);
        return options;
    }
}
