using GitOpsGateway.RouteTables.Listeners;

namespace GitOpsGateway.RouteTables.Diffing;

internal static class ListenerDiff
{
    public static IEnumerable<RouteTableChange> Compare(RouteTable before, RouteTable after)
    {
        foreach (var pair in KeyedPair<Listener>.Match(before.Listeners, after.Listeners, listener => listener.Name))
        {
            switch (pair)
            {
                case { Before: null, After: { } added }:
                    yield return Change(ChangeKind.Added, pair.Key, $"listener {pair.Key} added: {IrText.Listener(added)}");
                    break;
                case { Before: { } removed, After: null }:
                    yield return Change(ChangeKind.Removed, pair.Key, $"listener {pair.Key} removed: {IrText.Listener(removed)}");
                    break;
                case { Before: { } old, After: { } current } when old != current:
                    var notes = new ChangeNotes();
                    notes.Compare("port", old.Port, current.Port, port => $"{port}");
                    notes.Compare("protocol", old.Protocol, current.Protocol, protocol => protocol.ToString());
                    notes.Compare("hostname", old.Hostname, current.Hostname, hostname => hostname ?? "*");
                    notes.Compare("tls", old.Tls, current.Tls, tls => tls is null ? "none" : IrText.Tls(tls));
                    yield return Change(ChangeKind.Changed, pair.Key, $"listener {pair.Key} changed: {notes}");
                    break;
            }
        }
    }

    private static RouteTableChange Change(ChangeKind kind, string key, string description) =>
        new() { Kind = kind, Subject = ChangeSubject.Listener, Key = key, Description = description };
}
