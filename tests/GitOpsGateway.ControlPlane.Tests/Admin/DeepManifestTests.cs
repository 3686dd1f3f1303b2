using System.Globalization;
using System.Net;
using GitOpsGateway.ControlPlane.Tests.Support;

namespace GitOpsGateway.ControlPlane.Tests.Admin;

/// <summary>
/// Objects whose manifests nest as deep as the loader accepts: the admin API's answers that carry manifests must
/// still be served (System.Text.Json refuses more than 64 levels by default, and an answer adds its own levels).
/// </summary>
public sealed class DeepManifestTests
{
    [Fact]
    public async Task resources_nested_as_deep_as_the_loader_accepts_are_listed_by_the_admin_api()
    {
        await using var scenario = await Scenario.CreateAsync();
        var controlPlane = await scenario.StartAsync();
        await controlPlane.WaitForIngestedAsync(await scenario.Remote.PushValidRepositoryAsync());

        var files = new Dictionary<string, string>();
        foreach (var depth in new[] { 50, 61, 62, 63, 64, 65 })
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"deep-{depth}");
            files[name + ".yaml"] = string.Create(CultureInfo.InvariantCulture, $"""
                apiVersion: v1
                kind: Service
                metadata:
                  name: {name}
                  namespace: shop
                spec:
                  ports:
                  - port: 8080
                extra: {new string('[', depth)}{new string(']', depth)}

                """);
        }

        var deep = await scenario.Remote.PushAsync("Add deeply nested services", files);
        await controlPlane.WaitForIngestedAsync(deep);

        using var response = await controlPlane.Admin.GetAsync(new Uri("/api/v1/resources", UriKind.Relative), TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
        var listed = (await controlPlane.GetJsonAsync("/api/v1/resources?kind=Service")).AsArray().Select(item => (string?)item!["name"]).ToList();
        Assert.Contains("deep-50", listed);
        Assert.Contains("deep-62", listed);
    }
}
