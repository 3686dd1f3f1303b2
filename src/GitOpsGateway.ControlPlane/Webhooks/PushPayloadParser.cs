using System.Text.Json;

namespace GitOpsGateway.ControlPlane.Webhooks;

/// <summary>
/// Reads the parts of a GitHub, GitLab or Gitea push payload that identify the push. The three differ in where
/// they put the repository's addresses, so every known field of <c>repository</c> and <c>project</c> is read.
/// </summary>
internal static class PushPayloadParser
{
    private static readonly string[] UrlFields = ["clone_url", "html_url", "ssh_url", "git_url", "url", "git_http_url", "git_ssh_url", "http_url", "web_url", "homepage"];

    private static readonly string[] NameFields = ["full_name", "path_with_namespace"];

    /// <returns>Null when the body is not JSON or carries no <c>ref</c> (a ping, or another event).</returns>
    public static PushNotification? TryParse(ReadOnlyMemory<byte> body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("ref", out var reference)
                || reference.ValueKind != JsonValueKind.String)
            {
                return null;
            }

            var urls = new List<string>();
            var names = new List<string>();
            foreach (var container in (string[])["repository", "project"])
            {
                if (root.TryGetProperty(container, out var element) && element.ValueKind == JsonValueKind.Object)
                {
                    urls.AddRange(Strings(element, UrlFields));
                    names.AddRange(Strings(element, NameFields));
                }
            }

            return new PushNotification(reference.GetString()!, urls.Distinct().ToList(), names.Distinct().ToList());
        }
    }

    private static IEnumerable<string> Strings(JsonElement element, string[] fields) =>
        fields
            .Select(field => element.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null)
            .Where(value => !string.IsNullOrWhiteSpace(value))
            .Select(value => value!);
}
