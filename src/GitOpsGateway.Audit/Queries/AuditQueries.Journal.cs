using GitOpsGateway.Audit.Journal;
using Marten;

namespace GitOpsGateway.Audit.Queries;

public static partial class AuditQueries
{
    /// <summary>Rollbacks, pins and unpins of one source, or of all when <paramref name="source"/> is null, in the order they were asked for.</summary>
    public static async Task<Page<CommandJournalEntry>> CommandJournalAsync(
        IQuerySession session, string? source, TimeWindow? window, PageRequest? page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        window ??= TimeWindow.All;
        page ??= PageRequest.First;
        page.Validate();

        var query = session.Query<CommandJournalEntry>().AsQueryable();
        if (source is not null)
        {
            query = query.Where(entry => entry.Source == source);
        }

        if (window.Since is { } since)
        {
            query = query.Where(entry => entry.At >= since);
        }

        if (window.Until is { } until)
        {
            query = query.Where(entry => entry.At < until);
        }

        query = page.NewestFirst ? query.OrderByDescending(entry => entry.Sequence) : query.OrderBy(entry => entry.Sequence);
        var entries = await query.Skip(page.Skip).Take(page.Size + 1).ToListAsync(cancellationToken);
        return Page<CommandJournalEntry>.From(entries, page);
    }
}
