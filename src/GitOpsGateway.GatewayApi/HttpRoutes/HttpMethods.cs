using System.Collections.Frozen;

namespace GitOpsGateway.GatewayApi.HttpRoutes;

/// <summary>The methods a match may name (upper case, as the spec requires).</summary>
public static class HttpMethods
{
    public static FrozenSet<string> All { get; } =
        FrozenSet.Create(StringComparer.Ordinal, "GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH");
}
