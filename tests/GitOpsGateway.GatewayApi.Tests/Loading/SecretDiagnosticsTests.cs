namespace GitOpsGateway.GatewayApi.Tests.Loading;

/// <summary>A rejected Secret's diagnostics are stored and shown: they name the field and never quote a value.</summary>
public sealed class SecretDiagnosticsTests
{
    private const string Planted = "K3yMaterialN0tForLogs";

    [Fact]
    public void a_rejected_secret_names_the_wrong_fields_without_quoting_their_values()
    {
        var result = Manifests.Load($"""
            apiVersion: v1
            kind: Secret
            metadata:
              name: shop-tls
              generation: {Planted}1
              creationTimestamp: {Planted}2
              labels: {Planted}3
              annotations: {Planted}4
            type: kubernetes.io/tls
            data: {Planted}5
            stringData: [{Planted}6]
            """);

        Assert.Empty(result.Resources.All);
        var messages = result.Diagnostics.Select(diagnostic => $"{diagnostic.FieldPath}: {diagnostic.Message}").ToList();
        Assert.Equal(6, messages.Count);
        Assert.All(messages, message => Assert.DoesNotContain(Planted, message, StringComparison.Ordinal));
        Assert.Contains("data: must be an object, not a plain value.", messages);
        Assert.Contains("metadata.creationTimestamp: the value is not an RFC 3339 timestamp.", messages);
    }

    [Fact]
    public void other_kinds_still_quote_the_value_they_could_not_read()
    {
        var result = Manifests.Load("""
            apiVersion: v1
            kind: Service
            metadata: {name: web, labels: plain-text}
            """);

        Assert.Contains(result.Diagnostics, diagnostic => diagnostic.Message.Contains("'plain-text'", StringComparison.Ordinal));
    }
}
