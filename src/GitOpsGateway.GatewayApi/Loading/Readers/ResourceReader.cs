using GitOpsGateway.GatewayApi.Loading.Yaml;

namespace GitOpsGateway.GatewayApi.Loading.Readers;

/// <summary>Maps one object's node tree to its typed record, reporting problems through the context.</summary>
internal delegate KubernetesResource? ResourceReader(ReadContext context, MappingNode root, string apiVersion, ObjectMeta metadata);
