namespace GitOpsGateway.GatewayApi.Loading.Yaml;

internal sealed record ManifestSyntaxError(int Line, int Column, string Message);
