using GitOpsGateway.Testing.Postgres;

namespace GitOpsGateway.Testing.Tests.Postgres;

public sealed class PostgresServerTests
{
    [Fact]
    public async Task concurrent_callers_share_one_server()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var servers = await Task.WhenAll(
            Enumerable.Range(0, 8).Select(_ => Task.Run(() => PostgresServer.GetSharedAsync(cancellation), cancellation)));

        Assert.Single(servers.Distinct());
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"shared server: {servers[0].Kind}, started in {servers[0].StartupTime.TotalMilliseconds:F0} ms");
    }

    [Fact]
    public async Task local_cluster_lives_in_a_marked_temp_folder_that_ci_can_find()
    {
        var server = await PostgresServer.GetSharedAsync(TestContext.Current.CancellationToken);
        Assert.SkipWhen(server.Kind != PostgresServerKind.LocalCluster, $"The shared server is {server.Kind}.");

        var dataDirectory = server.LocalDataDirectory!;
        Assert.Equal(Path.GetFullPath(Path.GetTempPath()), Path.GetFullPath(Path.GetDirectoryName(dataDirectory)! + "/"));
        Assert.StartsWith(PostgresServer.LocalDataFolderPrefix, Path.GetFileName(dataDirectory), StringComparison.Ordinal);
        var marker = await File.ReadAllTextAsync(
            Path.Combine(dataDirectory, PostgresServer.LocalMarkerFileName), TestContext.Current.CancellationToken);
        Assert.Contains($"owner-pid={Environment.ProcessId}", marker, StringComparison.Ordinal);
    }
}
