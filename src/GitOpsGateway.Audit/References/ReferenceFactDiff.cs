namespace GitOpsGateway.Audit.References;

/// <summary>Compares two sets of facts by dimension, value, Gateway and route. Pure; the result is in key order.</summary>
internal static class ReferenceFactDiff
{
    public static IReadOnlyList<ReferenceFactChange> Compare(IEnumerable<ReferenceFact> before, IEnumerable<ReferenceFact> after)
    {
        var old = before.ToDictionary(fact => fact.Key, StringComparer.Ordinal);
        var current = after.ToDictionary(fact => fact.Key, StringComparer.Ordinal);
        var changes = new List<ReferenceFactChange>();
        foreach (var key in old.Keys.Union(current.Keys).Order(StringComparer.Ordinal))
        {
            switch (old.GetValueOrDefault(key), current.GetValueOrDefault(key))
            {
                case (null, { } started):
                    changes.Add(new ReferenceFactChange(ReferenceChangeKind.Started, null, started));
                    break;
                case ({ } stopped, null):
                    changes.Add(new ReferenceFactChange(ReferenceChangeKind.Stopped, stopped, null));
                    break;
                case ({ } was, { } now) when !string.Equals(was.Detail, now.Detail, StringComparison.Ordinal):
                    changes.Add(new ReferenceFactChange(ReferenceChangeKind.Changed, was, now));
                    break;
            }
        }

        return changes;
    }
}
