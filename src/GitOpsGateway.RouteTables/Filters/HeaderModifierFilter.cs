namespace GitOpsGateway.RouteTables.Filters;

/// <summary>
/// Set, add and remove, applied in that order. All three are kept sorted by header name; the sort is stable, so
/// several added values of one header keep the order they are sent in.
/// </summary>
public abstract record HeaderModifierFilter : HttpFilter
{
    /// <summary>Replaces the header's value, or adds the header when absent.</summary>
    public EquatableArray<HttpHeader> Set
    {
        get;
        init => field = value.SortedByOrdinal(header => header.Name);
    }

    /// <summary>Appends a value to the header, keeping values already there.</summary>
    public EquatableArray<HttpHeader> Add
    {
        get;
        init => field = value.SortedByOrdinal(header => header.Name);
    }

    /// <summary>Header names to remove.</summary>
    public EquatableArray<string> Remove
    {
        get;
        init => field = value.SortedByOrdinal(name => name);
    }
}
