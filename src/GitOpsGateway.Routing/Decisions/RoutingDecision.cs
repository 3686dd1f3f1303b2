namespace GitOpsGateway.Routing.Decisions;

/// <summary>
/// What the node does with a request: <see cref="NotFound"/>, <see cref="Misdirected"/>,
/// <see cref="DirectResponse"/>, <see cref="Redirect"/>, <see cref="Forward"/> (HTTP) or <see cref="L4Forward"/>
/// (TLS passthrough, TCP, UDP).
/// </summary>
public abstract record RoutingDecision;
