namespace GitOpsGateway.GatewayApi.Loading.Yaml;

/// <summary>The text of one "---"-separated section and the file line it starts on.</summary>
internal sealed record DocumentChunk(string Text, int FirstLine);
