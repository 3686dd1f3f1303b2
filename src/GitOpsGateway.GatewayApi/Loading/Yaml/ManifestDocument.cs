namespace GitOpsGateway.GatewayApi.Loading.Yaml;

/// <summary>One YAML document of a file: its root node, or the syntax error that stopped it.</summary>
internal sealed record ManifestDocument(int Index, ManifestNode? Root, ManifestSyntaxError? Error);
