using System.Globalization;
using System.Text.Json.Nodes;
using GitOpsGateway.ControlPlane.Tests.Support;

namespace GitOpsGateway.ControlPlane.Tests.Replay;

/// <summary>The admin calls of time travel: the version active at a moment or after a commit.</summary>
internal static class TimeTravel
{
    public static string AtTime(DateTimeOffset time) =>
        "/api/v1/versions/at?time=" + Uri.EscapeDataString(time.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));

    public static string AtCommit(string sha) => "/api/v1/versions/at?commit=" + sha;

    public static async Task<long> VersionAtAsync(this ControlPlaneProcess controlPlane, string path) =>
        (long)(await controlPlane.GetJsonAsync(path))["version"]!["number"]!;

    public static async Task<DateTimeOffset> CreatedAtAsync(this ControlPlaneProcess controlPlane, long version) =>
        (DateTimeOffset)(await controlPlane.GetJsonAsync($"/api/v1/versions/{version}"))["createdAt"]!;

    public static DateTimeOffset Between(DateTimeOffset earlier, DateTimeOffset later) => earlier + ((later - earlier) / 2);

    public static JsonNode Status(this JsonNode view) => view["version"]!["statuses"]!.AsArray()
        .Single(status => (string?)status!["kind"] == "HTTPRoute")!["status"]!;
}
