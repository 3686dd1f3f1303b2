using System.Collections.Frozen;

namespace GitOpsGateway.GatewayApi.Loading.Readers;

/// <summary>A kind the loader reads: the API versions it accepts and the reader that maps it.</summary>
internal sealed record ResourceType(ResourceKind Kind, FrozenSet<string> Versions, ResourceReader Read);
