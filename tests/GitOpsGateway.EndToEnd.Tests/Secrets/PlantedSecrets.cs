using System.Text;
using System.Text.Json.Nodes;
using GitOpsGateway.EndToEnd.Tests.Routing;
using GitOpsGateway.EndToEnd.Tests.Support;

namespace GitOpsGateway.EndToEnd.Tests.Secrets;

/// <summary>
/// Secret manifests with distinctive key material in every string field: each data and stringData value, labels,
/// annotations (one holding nested JSON, one the full copy kubectl keeps in last-applied-configuration), unknown
/// fields, and a private key bundled into tls.crt; one written in YAML, one in JSON, and one rejected by the loader.
/// <see cref="Planted"/> names each planted value.
/// </summary>
internal sealed class PlantedSecrets
{
    private readonly Dictionary<string, string> planted = new(StringComparer.Ordinal);

    private PlantedSecrets()
    {
        Pair = PemKeyPair.Create("secure.shop.example.com");
        planted["private key"] = Pair.PrivateKeyPem.Trim();
        var lines = Pair.PrivateKeyPem.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => !line.StartsWith("-----", StringComparison.Ordinal))
            .ToList();
        for (var index = 0; index < lines.Count; index++)
        {
            planted[$"private key line {index + 1}"] = lines[index];
        }

        Files = new Dictionary<string, string>
        {
            [$"{ShopManifests.Folder}/secret-yaml.yaml"] = YamlSecret(),
            [$"{ShopManifests.Folder}/secret-json.json"] = JsonSecret().ToJsonString(),
            [$"{ShopManifests.Folder}/secret-broken.yaml"] = RejectedSecret(),
        };
    }

    public PemKeyPair Pair { get; }

    public IReadOnlyDictionary<string, string> Files { get; }

    public IReadOnlyDictionary<string, string> Planted => planted;

    public static PlantedSecrets Create() => new();

    private string Canary(string field)
    {
        var value = $"LeakCanary-{field.Replace(' ', '-')}-{Guid.NewGuid():N}";
        planted[field] = value;
        return value;
    }

    private static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    private string YamlSecret()
    {
        var lastApplied = new JsonObject
        {
            ["apiVersion"] = "v1",
            ["data"] = new JsonObject { ["password"] = Base64(Canary("yaml last-applied data")), ["tls.key"] = Base64(Pair.PrivateKeyPem) },
            ["kind"] = "Secret",
            ["metadata"] = new JsonObject { ["annotations"] = new JsonObject { ["note"] = Canary("yaml last-applied annotation") }, ["name"] = "tls-yaml", ["namespace"] = "shop" },
            ["stringData"] = new JsonObject { ["token"] = Canary("yaml last-applied stringData") },
            ["type"] = "kubernetes.io/tls",
        }.ToJsonString();
        var nested = new JsonObject { ["outer"] = new JsonObject { ["inner"] = Canary("yaml nested json") } }.ToJsonString();
        var keyBlock = string.Join("\n", Pair.PrivateKeyPem.Trim().Split('\n').Select(line => "    " + line));
        return $"""
            apiVersion: v1
            kind: Secret
            metadata:
              name: tls-yaml
              namespace: shop
              labels:
                team: {Canary("yaml label")}
              annotations:
                note: {Canary("yaml annotation")}
                nested: '{nested}'
                kubectl.kubernetes.io/last-applied-configuration: '{lastApplied}'
              ownerReferences:
              - name: {Canary("yaml metadata unknown field")}
            type: kubernetes.io/tls
            data:
              tls.crt: {Base64(Pair.CertificatePem + "\n" + Pair.PrivateKeyPem)}
              tls.key: {Base64(Pair.PrivateKeyPem)}
              password: {Base64(Canary("yaml data"))}
            stringData:
              token: {Canary("yaml stringData")}
              key.pem: |
            {keyBlock}
            shadow:
              copy: {Canary("yaml unknown field")}
            """;
    }

    private JsonObject JsonSecret()
    {
        var secret = new JsonObject
        {
            ["apiVersion"] = "v1",
            ["kind"] = "Secret",
            ["metadata"] = new JsonObject
            {
                ["name"] = "opaque-json",
                ["namespace"] = "shop",
                ["labels"] = new JsonObject { ["owner"] = Canary("json label") },
                ["annotations"] = new JsonObject { ["note"] = Canary("json annotation") },
            },
            ["type"] = "Opaque",
            ["data"] = new JsonObject { ["api-key"] = Base64(Canary("json data")), ["ca.crt"] = Base64(Pair.CertificatePem + "\n" + Canary("json ca.crt trailer")) },
            ["stringData"] = new JsonObject { ["token"] = Canary("json stringData") },
            ["extra"] = new JsonObject { ["list"] = new JsonArray(Canary("json unknown field")) },
        };
        var copy = secret.DeepClone();
        copy["data"]!["api-key"] = Base64(Canary("json last-applied data"));
        secret["metadata"]!["annotations"]!["kubectl.kubernetes.io/last-applied-configuration"] = copy.ToJsonString();
        return secret;
    }

    private string RejectedSecret() => $"""
        apiVersion: v1
        kind: Secret
        metadata:
          name: broken
          namespace: shop
          creationTimestamp: {Canary("rejected timestamp")}
          labels: {Canary("rejected labels")}
        data: {Canary("rejected data")}
        """;
}
