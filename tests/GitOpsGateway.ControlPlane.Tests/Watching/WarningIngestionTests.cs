using GitOpsGateway.ControlPlane.Tests.Support;
using GitOpsGateway.Events;
using GitOpsGateway.Events.Ingestion;
using GitOpsGateway.Events.Projections;
using GitOpsGateway.Events.Queries;
using GitOpsGateway.Events.Storage;
using GitOpsGateway.Sources;
using GitOpsGateway.Sources.Git;
using GitOpsGateway.Testing.Git;
using GitOpsGateway.Testing.Postgres;
using JasperFx;
using Marten;
using Npgsql;

namespace GitOpsGateway.ControlPlane.Tests.Watching;

/// <summary>
/// The Git reader and ingestion together, on a real bare repository and a real database: what the loader only
/// warns about (an unknown kind, a file with no objects, a manifest extension in upper case) is recorded as a
/// rejection of severity Warning, and changes nothing else about which objects are kept or deleted.
/// </summary>
public sealed class WarningIngestionTests : IAsyncLifetime
{
    private const string RoutePath = TestRepository.Folder + "/route.yaml";

    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;
    private IngestionBench? bench;

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

    [Fact]
    public async Task an_unknown_kind_is_ignored_as_before_and_named_by_a_warning()
    {
        await IngestAsync(await Remote.PushValidRepositoryAsync());

        var widget = await Remote.PushAsync("Add a widget", new Dictionary<string, string>
        {
            ["widget.yaml"] = "apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\n  namespace: shop\n",
        });
        await IngestAsync(widget);

        Assert.NotNull(await RouteAsync());
        var warning = Assert.Single(await RejectionsAsync(widget));
        Assert.Equal(("widget.yaml", RejectionSeverity.Warning), (warning.File, warning.Severity));
        Assert.Contains("is not a kind GitOps Gateway reads; ignored", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_file_emptied_of_objects_deletes_them_as_before_and_a_warning_names_it()
    {
        await IngestAsync(await Remote.PushValidRepositoryAsync());

        var emptied = await Remote.PushAsync("The route moved elsewhere", new Dictionary<string, string> { ["route.yaml"] = "# the route moved elsewhere\n" });
        await IngestAsync(emptied);

        Assert.Null(await RouteAsync());
        var warning = Assert.Single(await RejectionsAsync(emptied));
        Assert.Equal(("route.yaml", RejectionSeverity.Warning), (warning.File, warning.Severity));
        Assert.Contains("no objects", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_manifest_extension_in_upper_case_is_not_read_as_before_and_a_warning_names_it()
    {
        await IngestAsync(await Remote.PushValidRepositoryAsync());

        await Remote.RunGitAsync(["mv", RoutePath, TestRepository.Folder + "/ROUTE.YAML"], cancellation);
        var renamed = await Remote.CommitAsync("Rename the route file", cancellationToken: cancellation);
        await Remote.PushAsync(cancellation);
        await IngestAsync(renamed);

        // Not read, as kubectl would not read it: its objects are gone, as when the file is deleted.
        Assert.Null(await RouteAsync());
        var warning = Assert.Single(await RejectionsAsync(renamed));
        Assert.Equal(("ROUTE.YAML", RejectionSeverity.Warning, nameof(SkippedEntryReason.ExtensionCase)), (warning.File, warning.Severity, warning.Reason));
        Assert.Equal("Not read: manifest files end in lower-case .yaml, .yml or .json.", warning.Message);
    }

    [Fact]
    public async Task a_rejection_stored_before_severities_existed_reads_as_an_error()
    {
        await using (var session = Store.LightweightSession())
        {
            session.Store(new SourceRejections
            {
                Id = "old",
                CommitSha = "0123456789",
                Items = [new ManifestRejected { File = "broken.yaml", Line = 1, Column = 1, Message = "Invalid YAML." }],
            });
            await session.SaveChangesAsync(cancellation);
        }

        // The document as an older version wrote it: no severity on its items.
        await using (var connection = new NpgsqlConnection(bench!.ConnectionString))
        {
            await connection.OpenAsync(cancellation);
            await using var command = new NpgsqlCommand("update mt_doc_sourcerejections set data = jsonb_set(data, '{items,0}', (data #> '{items,0}') - 'severity') where id = 'old'", connection);
            Assert.Equal(1, await command.ExecuteNonQueryAsync(cancellation));
        }

        await using var query = Store.QuerySession();
        var stored = await GatewayQueries.RejectionsAsync(query, "old", cancellation);
        Assert.Equal(RejectionSeverity.Error, Assert.Single(stored.Items).Severity);
    }

    private Task IngestAsync(string sha) => bench!.IngestAsync(sha, cancellation);

    private async Task<IReadOnlyList<ManifestRejected>> RejectionsAsync(string sha)
    {
        await using var session = Store.QuerySession();
        var rejections = await GatewayQueries.RejectionsAsync(session, Source.Name, cancellation);
        Assert.Equal(sha, rejections.CommitSha);
        return rejections.Items;
    }

    private Task<ResourceWithStatus?> RouteAsync() => bench!.RouteAsync(cancellation);
}
