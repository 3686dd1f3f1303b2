using GitOpsGateway.Translation.Routes;

namespace GitOpsGateway.Translation.Tables;

/// <summary>An accepted route on one listener with every hostname it serves there (merged across parentRefs).</summary>
internal sealed record AttachedRoute(RouteContext Route, IReadOnlyList<string> Hostnames);
