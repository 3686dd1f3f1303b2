using GitOpsGateway.RouteTables.Clusters;

namespace GitOpsGateway.RouteTables.Diffing;

internal static class ClusterDiff
{
    public static IEnumerable<RouteTableChange> Compare(RouteTable before, RouteTable after)
    {
        foreach (var pair in KeyedPair<Cluster>.Match(before.Clusters, after.Clusters, cluster => cluster.Id))
        {
            switch (pair)
            {
                case { Before: null, After: { } added }:
                    yield return Change(ChangeKind.Added, pair.Key, $"cluster {pair.Key} added: {IrText.Cluster(added)}");
                    break;
                case { Before: { } removed, After: null }:
                    yield return Change(ChangeKind.Removed, pair.Key, $"cluster {pair.Key} removed: {IrText.Cluster(removed)}");
                    break;
                case { Before: { } old, After: { } current } when old != current:
                    var notes = new ChangeNotes();
                    notes.Compare("protocol", old.Protocol, current.Protocol, protocol => protocol.ToString());
                    notes.Compare("resolution", old.Resolution, current.Resolution, resolution => resolution.ToString());
                    notes.Compare("dns name", old.DnsName, current.DnsName, name => name ?? "none");
                    notes.Compare("endpoints", old.Endpoints, current.Endpoints, IrText.Endpoints);
                    notes.Compare("tls", old.Tls, current.Tls, IrText.ClusterTls);
                    yield return Change(ChangeKind.Changed, pair.Key, $"cluster {pair.Key} changed: {notes}");
                    break;
            }
        }
    }

    private static RouteTableChange Change(ChangeKind kind, string key, string description) =>
        new() { Kind = kind, Subject = ChangeSubject.Cluster, Key = key, Description = description };
}
