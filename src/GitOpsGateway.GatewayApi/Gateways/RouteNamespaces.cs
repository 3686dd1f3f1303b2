namespace GitOpsGateway.GatewayApi.Gateways;

public sealed record RouteNamespaces
{
    public static RouteNamespaces Same { get; } = new();

    /// <summary>One of <see cref="FromNamespaces"/>; "Same" when omitted.</summary>
    public string From { get; init; } = FromNamespaces.Same;

    /// <summary>Used only when <see cref="From"/> is "Selector".</summary>
    public LabelSelector? Selector { get; init; }
}
