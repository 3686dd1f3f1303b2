using GitOpsGateway.RouteTables.L4;

namespace GitOpsGateway.RouteTables.Diffing;

internal static class L4RouteDiff
{
    public static IEnumerable<RouteTableChange> Compare(RouteTable before, RouteTable after)
    {
        foreach (var pair in KeyedPair<L4Route>.Match(before.L4Routes, after.L4Routes, Key))
        {
            switch (pair)
            {
                case { Before: null, After: { } added }:
                    yield return Change(ChangeKind.Added, pair.Key, $"L4 route {pair.Key} added: {Summary(added)}");
                    break;
                case { Before: { } removed, After: null }:
                    yield return Change(ChangeKind.Removed, pair.Key, $"L4 route {pair.Key} removed: {Summary(removed)}");
                    break;
                case { Before: { } old, After: { } current } when old != current:
                    var notes = new ChangeNotes();
                    notes.Compare("hostnames", old.Hostnames, current.Hostnames, IrText.Hostnames);
                    notes.Compare("backends", old.Backends, current.Backends, IrText.Backends);
                    notes.Compare("rule name", old.Provenance.RuleName, current.Provenance.RuleName, name => name ?? "none");
                    yield return Change(ChangeKind.Changed, pair.Key, $"L4 route {pair.Key} changed: {notes}");
                    break;
            }
        }
    }

    private static string Key(L4Route route) => $"{route.ListenerName} {route.Provenance.Kind} " +
        $"{route.Provenance.Namespace}/{route.Provenance.Name} rule {route.Provenance.RuleIndex}";

    private static string Summary(L4Route route) => route.Hostnames.IsEmpty
        ? $"to {IrText.Backends(route.Backends)}"
        : $"{IrText.Hostnames(route.Hostnames)} to {IrText.Backends(route.Backends)}";

    private static RouteTableChange Change(ChangeKind kind, string key, string description) =>
        new() { Kind = kind, Subject = ChangeSubject.L4Route, Key = key, Description = description };
}
