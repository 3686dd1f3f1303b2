using GitOpsGateway.Events.Storage;
using GitOpsGateway.GatewayApi;
using GitOpsGateway.RouteTables;
using GitOpsGateway.Translation;
using Marten;

namespace GitOpsGateway.Events.Versions;

/// <summary>
/// Compiles a source's resources and, when the combined hash differs from the source's latest version (or, for
/// ingestion, its statuses and diagnostics do), appends
/// <see cref="RouteTableVersionPublished"/> to the versions stream of the session (not saved: the caller's
/// transaction holds it with whatever produced it). The number is the next position in that stream, appended
/// with that expected version, so two writers cannot both take it. Commands (rollback by replay) use this too.
/// </summary>
public sealed class VersionPublisher(TranslatorOptions? options = null)
{
    /// <summary>The hash of no tables: a source that never had a Gateway has nothing to publish.</summary>
    private static readonly string NoTablesHash = RouteTableHash.Compute([]);

    private readonly TranslatorOptions options = options ?? TranslatorOptions.Default;

    /// <param name="latestHash">The combined hash of the source's latest version, null when it has none.</param>
    /// <returns>The appended event, or null when the compiled tables are those of the latest version.</returns>
    public Task<RouteTableVersionPublished?> PublishIfChangedAsync(
        IDocumentSession session,
        ResourceSet resources,
        string? latestHash,
        VersionProvenance provenance,
        EventProvenance metadata,
        CancellationToken cancellationToken) =>
        PublishAsync(session, resources, latestHash, compareStatuses: false, latestStatusHash: null, provenance, metadata, cancellationToken);

    /// <summary>
    /// Like <see cref="PublishIfChangedAsync"/>, but a version is also published when only the statuses or
    /// diagnostics differ from the latest version's (<paramref name="latestStatusHash"/>; null counts as different
    /// once a source has a Gateway), so a refused route is reported even when no table changes.
    /// </summary>
    /// <returns>The appended event, or null when both the tables and the statuses are those of the latest version.</returns>
    public Task<RouteTableVersionPublished?> PublishIfTablesOrStatusesChangedAsync(
        IDocumentSession session,
        ResourceSet resources,
        string? latestHash,
        string? latestStatusHash,
        VersionProvenance provenance,
        EventProvenance metadata,
        CancellationToken cancellationToken) =>
        PublishAsync(session, resources, latestHash, compareStatuses: true, latestStatusHash, provenance, metadata, cancellationToken);

    private async Task<RouteTableVersionPublished?> PublishAsync(
        IDocumentSession session,
        ResourceSet resources,
        string? latestHash,
        bool compareStatuses,
        string? latestStatusHash,
        VersionProvenance provenance,
        EventProvenance metadata,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(resources);
        ArgumentNullException.ThrowIfNull(provenance);
        ArgumentNullException.ThrowIfNull(metadata);

        var result = Translator.Translate(resources, options);
        var sameTables = string.Equals(result.Hash, latestHash ?? NoTablesHash, StringComparison.Ordinal);
        if (sameTables && (!compareStatuses || latestHash is null))
        {
            return null;
        }

        var compiled = CompiledVersion.ToEvent(result, number: 0, provenance);
        if (sameTables && string.Equals(compiled.StatusHash, latestStatusHash, StringComparison.Ordinal))
        {
            return null;
        }

        var stream = await session.Events.FetchStreamStateAsync(EventStreams.RouteTableVersions, cancellationToken);
        var published = compiled with { Number = (stream?.Version ?? 0) + 1 };
        var action = session.Events.Append(EventStreams.RouteTableVersions, published.Number, published);
        metadata.StampOn(action.Events);
        return published;
    }
}
