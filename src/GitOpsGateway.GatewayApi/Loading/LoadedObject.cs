using GitOpsGateway.GatewayApi.Loading.Yaml;

namespace GitOpsGateway.GatewayApi.Loading;

/// <summary>
/// An object found in a document: its identity when readable, the typed record when it read cleanly, and the
/// node tree it was read from (for <see cref="LoadResult.Documents"/>).
/// </summary>
internal sealed record LoadedObject(ResourceKey Key, KubernetesResource? Resource, SourceLocation Location, MappingNode Node);
