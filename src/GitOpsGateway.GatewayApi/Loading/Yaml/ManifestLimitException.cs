namespace GitOpsGateway.GatewayApi.Loading.Yaml;

/// <summary>Stops building one document that breaks a limit or a rule the YAML parser does not check.</summary>
internal sealed class ManifestLimitException(long line, long column, string message) : Exception(message)
{
    public long Line { get; } = line;

    public long Column { get; } = column;
}
