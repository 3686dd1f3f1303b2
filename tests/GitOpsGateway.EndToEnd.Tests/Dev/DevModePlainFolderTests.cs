using GitOpsGateway.EndToEnd.Tests.Support;
using GitOpsGateway.Testing.Processes;

namespace GitOpsGateway.EndToEnd.Tests.Dev;

/// <summary>Dev mode on a folder outside any Git repository: each saved change is committed privately and served.</summary>
[Collection(DevModeCollection.Name)]
public sealed class DevModePlainFolderTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("gitops-gateway-e2e-example-").FullName;

    public DevModePlainFolderTests() => CopyFolder(Path.Combine(RepositoryRoot.Find(), "gitops-example"), folder);

    [Fact]
    public async Task a_change_saved_in_a_plain_folder_is_served_without_any_commit_by_the_user()
    {
        await using var dev = await DevModeProcess.StartAsync("--repo", folder);
        using var requests = new ExampleRequests();
        var v1 = new Uri($"http://api.example.com:{DevModeProcess.HttpPort}/v1");
        Assert.Contains("private repository", dev.Process.Output, StringComparison.Ordinal);
        Assert.Equal("1", (await requests.GetAsync(v1)).Header("X-Version"));

        var route = Path.Combine(folder, "apps", "production", "api-route.yaml");
        await File.WriteAllTextAsync(
            route,
            (await File.ReadAllTextAsync(route, TestContext.Current.CancellationToken)).Replace("value: \"1\"", "value: \"1-edited\"", StringComparison.Ordinal),
            TestContext.Current.CancellationToken);

        await Eventually.WaitForAsync(
            async () => (await requests.GetAsync(v1)).Header("X-Version") == "1-edited",
            "the edited header value to be served",
            TimeSpan.FromSeconds(30),
            TimeSpan.FromMilliseconds(100));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static void CopyFolder(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
