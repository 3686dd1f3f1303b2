using GitOpsGateway.Audit.References;
using Marten;

namespace GitOpsGateway.Audit.Queries;

public static partial class AuditQueries
{
    /// <summary>
    /// Which routes referred to a hostname, path or backend Service, and when that started, stopped or changed:
    /// as declared in manifests, as served in compiled versions, or both (<paramref name="view"/> null), in the
    /// order it happened (declared before served for one commit). An exact hostname also lists the rows of the
    /// wildcards and of <c>*</c> that can serve it, each naming that pattern in <see cref="ReferenceChange.MatchedPattern"/>.
    /// </summary>
    public static async Task<Page<ReferenceChange>> ReferenceHistoryAsync(
        IQuerySession session, ReferenceSubject subject, ReferenceView? view, TimeWindow? window, PageRequest? page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(subject);
        window ??= TimeWindow.All;
        page ??= PageRequest.First;
        page.Validate();

        var key = subject.Key;
        var keys = subject.MatchingKeys.ToArray();

        // A handful of keys computed from the asked name: each is an equality probe of the history index.
        var query = keys.Length == 1
            ? session.Query<ReferenceChangeRecord>().Where(record => record.Subject == key)
            : session.Query<ReferenceChangeRecord>().Where(record => keys.Contains(record.Subject));
        if (view is { } onlyView)
        {
            query = query.Where(record => record.View == onlyView);
        }

        if (window.Since is { } since)
        {
            query = query.Where(record => record.RecordedAt >= since);
        }

        if (window.Until is { } until)
        {
            query = query.Where(record => record.RecordedAt < until);
        }

        // Recording time first, so the window and the order walk one index range; the sequence orders one transaction.
        query = page.NewestFirst
            ? query.OrderByDescending(record => record.RecordedAt).ThenByDescending(record => record.Sequence).ThenByDescending(record => record.Ordinal)
            : query.OrderBy(record => record.RecordedAt).ThenBy(record => record.Sequence).ThenBy(record => record.Ordinal);
        var records = await query.Skip(page.Skip).Take(page.Size + 1).ToListAsync(cancellationToken);
        var commits = await CommitsAsync(session, records.Select(record => (record.Source, record.CommitSha)), cancellationToken);
        var changes = records.Select(record =>
        {
            var commit = CommitOf(commits, record.Source, record.CommitSha);
            return new ReferenceChange
            {
                Subject = record.Subject,
                MatchedPattern = string.Equals(record.Subject, key, StringComparison.Ordinal) ? null : ReferenceSubject.ValueOf(record.Subject),
                View = record.View,
                Change = record.Change,
                Route = record.Route,
                Gateway = record.Gateway,
                Before = record.Before,
                After = record.After,
                Source = record.Source,
                VersionNumber = record.VersionNumber ?? commit?.VersionNumber,
                CommitSha = record.CommitSha,
                Author = record.Author,
                Message = commit?.Message,
                Provenance = record.Provenance,
                RecordedAt = record.RecordedAt,
                Sequence = record.Sequence,
            };
        }).ToList();
        return Page<ReferenceChange>.From(changes, page);
    }
}
