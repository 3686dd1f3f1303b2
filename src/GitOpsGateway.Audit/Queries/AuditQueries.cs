using GitOpsGateway.Audit.Commits;
using Marten;

namespace GitOpsGateway.Audit.Queries;

/// <summary>
/// The audit questions, each answered from the indexed read models of <c>AddGitOpsGatewayAudit</c> with a few
/// reads whatever the size of the event store (ADR 0006). Lists are paged; histories take a time window.
/// </summary>
public static partial class AuditQueries
{
    /// <summary>The commits that page rows name, read in one round trip.</summary>
    private static async Task<IReadOnlyDictionary<string, AuditCommit>> CommitsAsync(
        IQuerySession session, IEnumerable<(string Source, string? Sha)> commits, CancellationToken cancellationToken)
    {
        var ids = commits.Where(commit => commit.Sha is not null)
            .Select(commit => AuditCommit.IdFor(commit.Source, commit.Sha!))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<string, AuditCommit>();
        }

        var loaded = await session.LoadManyAsync<AuditCommit>(cancellationToken, ids);
        return loaded.ToDictionary(commit => commit.Id, StringComparer.Ordinal);
    }

    private static AuditCommit? CommitOf(IReadOnlyDictionary<string, AuditCommit> commits, string source, string? sha) =>
        sha is null ? null : commits.GetValueOrDefault(AuditCommit.IdFor(source, sha));
}
