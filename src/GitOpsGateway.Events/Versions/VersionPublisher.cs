using GitOpsGateway.Events.Storage;
using GitOpsGateway.GatewayApi;
using GitOpsGateway.RouteTables;
using GitOpsGateway.Translation;
using Marten;

namespace GitOpsGateway.Events.Versions;

/// <summary>
/// Compiles a source's resources and, when the combined hash differs from the source's latest version, appends
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
    public async Task<RouteTableVersionPublished?> PublishIfChangedAsync(
        IDocumentSession session,
        ResourceSet resources,
        string? latestHash,
        VersionProvenance provenance,
        EventProvenance metadata,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(resources);
        ArgumentNullException.ThrowIfNull(provenance);
        ArgumentNullException.ThrowIfNull(metadata);

        var result = Translator.Translate(resources, options);
        if (string.Equals(result.Hash, latestHash ?? NoTablesHash, StringComparison.Ordinal))
        {
            return null;
        }

        var stream = await session.Events.FetchStreamStateAsync(EventStreams.RouteTableVersions, cancellationToken);
        var number = (stream?.Version ?? 0) + 1;
        var published = CompiledVersion.ToEvent(result, number, provenance);
        var action = session.Events.Append(EventStreams.RouteTableVersions, number, published);
        metadata.StampOn(action.Events);
        return published;
    }
}
