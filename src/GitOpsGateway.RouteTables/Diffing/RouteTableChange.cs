namespace GitOpsGateway.RouteTables.Diffing;

/// <summary>One difference between two route tables, with a one-line description for people.</summary>
public sealed record RouteTableChange
{
    public required ChangeKind Kind { get; init; }

    public required ChangeSubject Subject { get; init; }

    /// <summary>
    /// Identifies the thing changed: a listener name, a cluster id, a rule
    /// (<c>http:80 shop.example.com HTTPRoute shop/web rule 0 match 1</c>), a virtual host (for RuleOrder) or an
    /// L4 route (<c>tls:8443 TLSRoute shop/vault rule 0</c>).
    /// </summary>
    public required string Key { get; init; }

    public required string Description { get; init; }

    public override string ToString() => Description;
}
