using GitOpsGateway.Audit.Resources;
using Marten;

namespace GitOpsGateway.Audit.Queries;

public static partial class AuditQueries
{
    /// <summary>
    /// Every change of one object (in every source that has one by that name), with the version its commit
    /// published, the commit's author, time and message, and the diff of its manifest.
    /// </summary>
    public static async Task<Page<ResourceChange>> ResourceHistoryAsync(
        IQuerySession session, ResourceRef resource, TimeWindow? window, PageRequest? page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(resource);
        window ??= TimeWindow.All;
        page ??= PageRequest.First;
        page.Validate();

        var key = resource.Key;
        var query = session.Query<ResourceChangeRecord>().Where(record => record.ResourceKey == key);
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
            ? query.OrderByDescending(record => record.RecordedAt).ThenByDescending(record => record.Id)
            : query.OrderBy(record => record.RecordedAt).ThenBy(record => record.Id);
        var records = await query.Skip(page.Skip).Take(page.Size + 1).ToListAsync(cancellationToken);
        var commits = await CommitsAsync(session, records.Select(record => (record.Source, record.CommitSha)), cancellationToken);
        var changes = records.Select(record =>
        {
            var commit = CommitOf(commits, record.Source, record.CommitSha);
            return new ResourceChange
            {
                Resource = new ResourceRef(record.Kind, record.Namespace, record.Name),
                Source = record.Source,
                Change = record.Change,
                Generation = record.Generation,
                VersionNumber = commit?.VersionNumber,
                CommitSha = record.CommitSha,
                Author = record.Author,
                AuthoredAt = commit?.Author.When,
                Message = commit?.Message,
                RecordedAt = record.RecordedAt,
                File = record.File,
                Line = record.Line,
                Diff = record.Diff,
                OmittedChanges = record.OmittedChanges,
                RenamedFrom = record.RenamedFrom,
                RenamedTo = record.RenamedTo,
                Sequence = record.Id,
            };
        }).ToList();
        return Page<ResourceChange>.From(changes, page);
    }
}
