using System.Globalization;
using System.Text.Json.Nodes;
using GitOpsGateway.ControlPlane.Tests.Support;

namespace GitOpsGateway.ControlPlane.Tests.Replay;

/// <summary>
/// Every question the admin API answers from read models, asked about a whole history: each version, the lists,
/// status, objects, journal, object and reference histories, diffs, convergence, and time travel at every
/// version's creation, between versions and after every commit. One line per answer, so a difference shows itself.
/// </summary>
internal static class ReadModelAnswers
{
    private static readonly string[] Objects =
    [
        "HTTPRoute/shop/web", "HTTPRoute/shop/api", "HTTPRoute/shop/api-v1", "HTTPRoute/shop/docs",
        "Service/shop/web", "Service/shop/web-v2", "Gateway/shop/edge", "GatewayClass/_/gitops",
    ];

    private static readonly string[] References =
    [
        "hostname=shop.example.com", "hostname=api.example.com", "path=/docs", "path=/shop", "backend=shop/web-v2", "backend=shop/web",
    ];

    public static async Task<List<string>> AskAsync(ControlPlaneProcess controlPlane, IReadOnlyList<string> commits)
    {
        var answers = new List<string>();
        async Task<JsonNode> Ask(string path)
        {
            var answer = await controlPlane.GetJsonAsync(path);
            answers.Add($"{path} -> {answer.ToJsonString()}");
            return answer;
        }

        var versions = (await Ask("/api/v1/versions?pageSize=500"))["items"]!.AsArray();
        var count = versions.Count;
        var created = new List<DateTimeOffset>();
        for (var number = 1; number <= count; number++)
        {
            created.Add((DateTimeOffset)(await Ask($"/api/v1/versions/{number}"))["createdAt"]!);
            await Ask($"/api/v1/versions/{number}/convergence");
            if (number > 1)
            {
                await Ask($"/api/v1/versions/{number - 1}/diff/{number}?pageSize=500");
            }
        }

        await Ask($"/api/v1/versions/1/diff/{count}?pageSize=500");
        await Ask("/api/v1/versions/active");
        await Ask("/api/v1/versions/active?gateway=shop/edge");
        answers.Add("/api/v1/status sources -> " + (await controlPlane.GetJsonAsync("/api/v1/status"))["sources"]!.ToJsonString());
        await Ask("/api/v1/resources");
        await Ask("/api/v1/journal?pageSize=500");
        foreach (var resource in Objects)
        {
            await Ask($"/api/v1/history/{resource}?pageSize=500");
        }

        foreach (var reference in References)
        {
            await Ask($"/api/v1/audit?{reference}&pageSize=500");
        }

        for (var index = 0; index < created.Count; index++)
        {
            await Ask(TimeTravel.AtTime(created[index]));
            if (index > 0)
            {
                await Ask(TimeTravel.AtTime(TimeTravel.Between(created[index - 1], created[index])));
            }
        }

        foreach (var commit in commits)
        {
            await Ask(TimeTravel.AtCommit(commit));
        }

        answers.Add(string.Create(CultureInfo.InvariantCulture, $"{count} versions, {answers.Count} answers"));
        return answers;
    }
}
