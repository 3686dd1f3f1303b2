using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GitOpsGateway.Events.Versions;

/// <summary>Writes a status record as the JSON of a Kubernetes <c>status</c> field: camelCase, nulls left out, compact.</summary>
internal static class StatusJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write<TStatus>(TStatus status) => JsonSerializer.Serialize(status, Options);
}
