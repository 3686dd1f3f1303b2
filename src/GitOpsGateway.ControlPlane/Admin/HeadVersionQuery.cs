using GitOpsGateway.Events.Projections;
using Marten;

namespace GitOpsGateway.ControlPlane.Admin;

/// <summary>
/// The version the source's head commit compiles to. The newest version is not always it: a rollback publishes
/// a version of an older table, which Git's head does not compile to.
/// </summary>
internal static class HeadVersionQuery
{
    /// <summary>Versions of all sources share one numbering; a source's head lies within its last few.</summary>
    private const int LookBack = 200;

    public static async Task<HeadVersion?> OfAsync(IQuerySession session, SourceState? state, CancellationToken cancellationToken)
    {
        if (state?.LastVersionNumber is not { } newest)
        {
            return null;
        }

        var source = state.Id;
        var oldest = newest - LookBack;
        var recent = session.Query<RouteTableVersion>()
            .Where(version => version.Id <= newest && version.Id > oldest && version.Provenance.Source == source);

        // A commit's compile names no command; an unpin that restores the head names the head commit.
        var compiled = await recent.Where(version => version.Provenance.CommandId == null)
            .OrderByDescending(version => version.Id).Select(version => version.Id).Take(1).ToListAsync(cancellationToken);
        var sha = state.LastIngestedSha;
        var restored = sha is null
            ? []
            : await recent.Where(version => version.Provenance.CommitSha == sha)
                .OrderByDescending(version => version.Id).Select(version => version.Id).Take(1).ToListAsync(cancellationToken);
        if (compiled.Concat(restored).DefaultIfEmpty(newest).Max() is var number && number == newest)
        {
            return new HeadVersion { Number = newest, Hash = state.LastVersionHash };
        }

        var hash = await session.Query<RouteTableVersion>().Where(version => version.Id == number)
            .Select(version => version.Hash).Take(1).ToListAsync(cancellationToken);
        return new HeadVersion { Number = number, Hash = hash.FirstOrDefault() };
    }
}
