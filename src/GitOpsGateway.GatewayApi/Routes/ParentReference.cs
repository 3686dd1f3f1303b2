namespace GitOpsGateway.GatewayApi.Routes;

/// <summary>
/// A route's parent; group and kind get the spec's defaults (a Gateway), namespace, section name and port stay
/// null when omitted so status can echo the reference as written.
/// </summary>
public sealed record ParentReference
{
    public string Group { get; init; } = ApiGroups.GatewayNetworking;

    public string Kind { get; init; } = "Gateway";

    /// <summary>Null means the route's own namespace.</summary>
    public string? Namespace { get; init; }

    public required string Name { get; init; }

    /// <summary>The listener name, when the route targets one listener.</summary>
    public string? SectionName { get; init; }

    public int? Port { get; init; }

    public bool IsGateway => string.Equals(Group, ApiGroups.GatewayNetworking, StringComparison.Ordinal)
        && string.Equals(Kind, "Gateway", StringComparison.Ordinal);

    public override string ToString()
    {
        var target = Namespace is null ? Name : $"{Namespace}/{Name}";
        var section = SectionName is null ? string.Empty : $"/{SectionName}";
        var port = Port is null ? string.Empty : $":{Port}";
        return $"{Kind} {target}{section}{port}";
    }
}
