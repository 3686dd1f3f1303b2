using GitOpsGateway.RouteTables.Http;

namespace GitOpsGateway.Translation.Http;

/// <summary>One match of an HTTPRoute or GRPCRoute rule in IR form, with what orders it among other rules.</summary>
internal sealed record CompiledRule(HttpRouteRule Rule, MatchPrecedence Precedence);
