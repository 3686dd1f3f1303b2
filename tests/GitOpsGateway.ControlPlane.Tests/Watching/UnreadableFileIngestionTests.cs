using System.Text;
using GitOpsGateway.ControlPlane.Tests.Support;
using GitOpsGateway.Events.Ingestion;
using GitOpsGateway.Events.Queries;
using GitOpsGateway.Events.Storage;
using GitOpsGateway.Sources;
using GitOpsGateway.Sources.Git;
using GitOpsGateway.Testing.Git;
using GitOpsGateway.Testing.Manifests;
using GitOpsGateway.Testing.Postgres;
using JasperFx;
using Marten;

namespace GitOpsGateway.ControlPlane.Tests.Watching;

/// <summary>
/// The Git reader and ingestion together, on a real bare repository and a real database: a file that can no longer
/// be read keeps the objects it held, and the reason is what the admin API's rejection query returns.
/// </summary>
public sealed class UnreadableFileIngestionTests : IAsyncLifetime
{
    private const string RoutePath = TestRepository.Folder + "/route.yaml";

    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;
    private IngestionBench? bench;

    public enum Breakage
    {
        NotUtf8,
        Oversized,
        SymbolicLink,
        Submodule,
    }

    private GitRemoteRepository Remote => bench!.Remote;

    private DocumentStore Store => bench!.Store;

    private SourceDefinition Source => bench!.Source;

    public async ValueTask InitializeAsync() => bench = await IngestionBench.CreateAsync(cancellation);

    public async ValueTask DisposeAsync()
    {
        if (bench is not null)
        {
            await bench.DisposeAsync();
        }
    }

    [Theory]
    [InlineData(Breakage.NotUtf8, "not valid UTF-8", 1)]
    [InlineData(Breakage.Oversized, "8388", 0)]
    [InlineData(Breakage.SymbolicLink, "Symbolic links are not followed", 0)]
    [InlineData(Breakage.Submodule, "Submodules are not read", 0)]
    public async Task a_file_that_cannot_be_read_keeps_its_objects_and_its_rejection_says_why(Breakage breakage, string reason, int line)
    {
        var first = await Remote.PushValidRepositoryAsync();
        await IngestAsync(first);

        var broken = await BreakRouteFileAsync(breakage);
        await IngestAsync(broken);

        var route = await RouteAsync();
        Assert.NotNull(route);
        Assert.Equal(first, route.Resource.CommitSha);
        Assert.Equal(1, route.Resource.Generation);
        await using (var session = Store.QuerySession())
        {
            var rejections = await GatewayQueries.RejectionsAsync(session, Source.Name, cancellation);
            Assert.Equal(broken, rejections.CommitSha);
            var rejection = Assert.Single(rejections.Items);
            Assert.Equal(("route.yaml", breakage.ToString(), line), (rejection.File, rejection.Reason, rejection.Line));
            Assert.Contains(reason, rejection.Message, StringComparison.Ordinal);
            Assert.Contains("HTTPRoute/shop/web keeps its last good version", rejection.Message, StringComparison.Ordinal);
        }

        // Deleting the file is the one edit that deletes its objects.
        await Remote.RunGitAsync(["rm", "--quiet", "--cached", RoutePath], cancellation);
        var deleted = await CommitIndexAsync("Delete the route");
        await IngestAsync(deleted);

        Assert.Null(await RouteAsync());
        await using (var session = Store.QuerySession())
        {
            var rejections = await GatewayQueries.RejectionsAsync(session, Source.Name, cancellation);
            Assert.Equal((deleted, 0), (rejections.CommitSha, rejections.Items.Count));
        }
    }

    private async Task<string> BreakRouteFileAsync(Breakage breakage)
    {
        var path = Path.Combine(Remote.WorkingPath, RoutePath);
        switch (breakage)
        {
            case Breakage.NotUtf8:
                // The ordinary edit: a comment typed in Latin-1 ("café").
                File.WriteAllBytes(path, [.. "# caf"u8, 0xE9, (byte)'\n', .. Encoding.UTF8.GetBytes(ShopManifests.Route())]);
                break;
            case Breakage.Oversized:
                File.WriteAllText(path, ShopManifests.Route() + "# " + new string('x', (int)GitSourceReader.MaxManifestBytes) + "\n");
                break;
            case Breakage.SymbolicLink:
                Remote.WriteFile("linked/route.yaml", ShopManifests.Route());
                File.Delete(path);
                File.CreateSymbolicLink(path, "../linked/route.yaml");
                break;
            case Breakage.Submodule:
                var head = await Remote.HeadShaAsync(cancellation);
                await Remote.RunGitAsync(["rm", "--quiet", "--cached", RoutePath], cancellation);
                await Remote.RunGitAsync(["update-index", "--add", "--cacheinfo", $"160000,{head},{RoutePath}"], cancellation);
                return await CommitIndexAsync("Replace the route with a submodule");
        }

        var sha = await Remote.CommitAsync("Edit the route", cancellationToken: cancellation);
        await Remote.PushAsync(cancellation);
        return sha;
    }

    /// <summary>Commits the index as it is ("git add --all" would undo a staged gitlink or a removal kept on disk).</summary>
    private async Task<string> CommitIndexAsync(string message)
    {
        await Remote.RunGitAsync(["-c", "user.name=Test Author", "-c", "user.email=author@example.test", "commit", "--quiet", "-m", message], cancellation);
        await Remote.PushAsync(cancellation);
        return await Remote.HeadShaAsync(cancellation);
    }

    private Task IngestAsync(string sha) => bench!.IngestAsync(sha, cancellation);

    private Task<ResourceWithStatus?> RouteAsync() => bench!.RouteAsync(cancellation);
}
