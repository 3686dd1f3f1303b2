using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GitOpsGateway.Events.Ingestion;

/// <summary>
/// Writes JSON the way the loader writes canonical documents: compact, only what JSON requires escaped. Keys
/// keep the order they have, which is already sorted for documents from the loader.
/// </summary>
internal static class CanonicalJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    public static string Write(JsonNode node) => node.ToJsonString(Options);

    /// <summary>
    /// True when two manifests differ in more than apiVersion, kind and metadata: what Kubernetes counts as a
    /// new generation.
    /// </summary>
    public static bool SpecDiffers(string before, string after)
    {
        var left = JsonNode.Parse(before)!.AsObject();
        var right = JsonNode.Parse(after)!.AsObject();
        foreach (var envelope in (string[])["apiVersion", "kind", "metadata"])
        {
            left.Remove(envelope);
            right.Remove(envelope);
        }

        return !JsonNode.DeepEquals(left, right);
    }
}
