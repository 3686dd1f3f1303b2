namespace GitOpsGateway.GatewayApi.Routes;

/// <summary>Match types for headers, query parameters and gRPC methods.</summary>
public static class HeaderMatchTypes
{
    public const string Exact = "Exact";
    public const string RegularExpression = "RegularExpression";
}
