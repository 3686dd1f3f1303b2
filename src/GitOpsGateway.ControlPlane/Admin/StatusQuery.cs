using System.Globalization;
using GitOpsGateway.ControlPlane.Configuration;
using GitOpsGateway.Events.Projections;
using GitOpsGateway.Events.Queries;
using Marten;

namespace GitOpsGateway.ControlPlane.Admin;

/// <summary>Reads each source's active version, head and pin.</summary>
internal static class StatusQuery
{
    public static async Task<List<SourceStatusView>> SourcesAsync(ControlPlaneSettings settings, IQuerySession session, CancellationToken cancellationToken)
    {
        var views = new List<SourceStatusView>();
        foreach (var source in settings.Sources)
        {
            var sync = await GatewayQueries.SourceStatusAsync(session, source.Name, cancellationToken);
            var state = await session.LoadAsync<SourceState>(source.Name, cancellationToken);
            var pin = await session.LoadAsync<VersionPin>(source.Name, cancellationToken);
            var active = await session.Query<ActiveVersion>()
                .Where(version => version.Source == source.Name)
                .OrderByDescending(version => version.VersionNumber)
                .FirstOrDefaultAsync(cancellationToken);
            var activeVersion = pin?.Version ?? active?.VersionNumber;
            var activeHash = activeVersion is { } number ? (await session.LoadAsync<RouteTableVersion>(number, cancellationToken))?.Hash : null;
            var head = await HeadVersionQuery.OfAsync(session, state, cancellationToken);
            views.Add(new SourceStatusView
            {
                Name = source.Name,
                ActiveVersion = activeVersion,
                ActiveHash = activeHash,
                HeadVersion = head?.Number,
                HeadHash = head?.Hash,
                Pin = pin is null ? null : new PinView(pin.Version, pin.Actor, pin.Reason, pin.PinnedAt, pin.CommandId),
                LastIngestedSha = sync.LastIngestedSha,
                LastError = sync.LastError,
                FailedCommits = sync.FailedCommits,
                InSync = sync.InSync,
                Rejections = (await GatewayQueries.RejectionsAsync(session, source.Name, cancellationToken)).Items.Count,
                Summary = Summarize(pin, activeVersion, head?.Number) + Failures(sync),
            });
        }

        return views;
    }

    private static string Summarize(VersionPin? pin, long? active, long? head) => (pin, active, head) switch
    {
        (null, null, _) => "no version yet",
        (null, { } serving, _) when serving == head => string.Create(CultureInfo.InvariantCulture, $"serving v{serving} (head)"),
        (null, { } serving, _) => string.Create(CultureInfo.InvariantCulture, $"serving v{serving}, head compiles to v{head}"),
        ({ } held, _, _) => string.Create(CultureInfo.InvariantCulture, $"pinned at v{held.Version} ({Describe(held)}), head compiles to v{head}"),
    };

    private static string Failures(SourceSyncStatus sync)
    {
        var failing = sync.LastError is null ? string.Empty : $"; sync failing: {sync.LastError}";
        var newestSkipped = sync.FailedCommits.FirstOrDefault(commit => commit.Skipped);
        var skipped = newestSkipped is null
            ? string.Empty
            : string.Create(CultureInfo.InvariantCulture, $"; skipped {sync.FailedCount} failed commit{(sync.FailedCount == 1 ? string.Empty : "s")}, newest {newestSkipped.Sha[..Math.Min(7, newestSkipped.Sha.Length)]}");
        return failing + skipped;
    }

    private static string Describe(VersionPin pin) =>
        pin.Reason.StartsWith("rollback to ", StringComparison.Ordinal) ? pin.Reason : $"pinned by {pin.Actor}: {pin.Reason}";
}
