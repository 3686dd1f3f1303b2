namespace GitOpsGateway.RouteTables.Filters;

/// <summary>Modifies the headers of the response sent to the client.</summary>
public sealed record ResponseHeaderModifierFilter : HeaderModifierFilter;
