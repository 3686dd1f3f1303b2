namespace GitOpsGateway.RouteTables.Filters;

/// <summary>Modifies the headers of the request sent to the backend.</summary>
public sealed record RequestHeaderModifierFilter : HeaderModifierFilter;
