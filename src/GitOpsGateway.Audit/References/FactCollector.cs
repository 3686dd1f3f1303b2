namespace GitOpsGateway.Audit.References;

/// <summary>Gathers the details of each (dimension, value, Gateway, route) and turns them into facts with sorted, distinct details.</summary>
internal sealed class FactCollector(string? gateway)
{
    private readonly Dictionary<(ReferenceDimension Dimension, string Value, string Route), SortedSet<string>> details = [];

    public void Add(ReferenceDimension dimension, string value, string route, string? detail)
    {
        var key = (dimension, value, route);
        if (!details.TryGetValue(key, out var set))
        {
            set = new SortedSet<string>(StringComparer.Ordinal);
            details[key] = set;
        }

        if (detail is not null)
        {
            set.Add(detail);
        }
    }

    public IEnumerable<ReferenceFact> Facts() => details.Select(pair => new ReferenceFact
    {
        Dimension = pair.Key.Dimension,
        Value = pair.Key.Value,
        Gateway = gateway,
        Route = pair.Key.Route,
        Detail = pair.Value.Count == 0 ? null : string.Join(", ", pair.Value),
    });
}
