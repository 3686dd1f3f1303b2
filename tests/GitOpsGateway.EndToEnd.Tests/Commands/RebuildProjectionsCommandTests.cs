using GitOpsGateway.EndToEnd.Tests.Support;
using GitOpsGateway.Host.Maintenance;
using GitOpsGateway.Host.RebuildCommand;
using GitOpsGateway.Testing.Git;
using GitOpsGateway.Testing.Postgres;
using GitOpsGateway.Testing.Processes;

namespace GitOpsGateway.EndToEnd.Tests.Commands;

/// <summary><c>gitops-gateway rebuild-projections</c> through the built executable, on a database a control plane filled.</summary>
public sealed class RebuildProjectionsCommandTests(ITestOutputHelper output)
{
    [Fact]
    public async Task rebuild_refuses_while_a_control_plane_leads_and_afterwards_rebuilds_the_same_active_version()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var root = Directory.CreateTempSubdirectory("gitops-gateway-rebuild-").FullName;
        await using var database = await PostgresDatabase.CreateAsync(cancellation);
        using var remote = await GitRemoteRepository.CreateAsync(cancellation);
        foreach (var (path, content) in ShopManifests.Files(backendPort: 9, revision: 1))
        {
            remote.WriteFile(path, content);
        }

        await remote.CommitAsync("Revision 1", cancellationToken: cancellation);
        await remote.PushAsync(cancellation);
        long? before;
        await using (var controlPlane = await ControlPlaneInstance.StartAsync(database.ConnectionString, remote.BarePath, Path.Combine(root, "cp"), FreePort.Next()))
        {
            // Ingesting needs the source's leadership, so a version means the lock is held.
            await Eventually.WaitForAsync(async () => await controlPlane.ActiveVersionAsync(ShopManifests.Gateway) is not null, "the first version");
            before = await controlPlane.ActiveVersionAsync(ShopManifests.Gateway);

            var (refusedCode, refusal) = await RunAsync(database.ConnectionString, cancellation);

            Assert.Equal(OfflineDatabase.ControlPlaneRunning, refusedCode);
            Assert.Contains("Refusing to rebuild: a control plane leads sources of this database", refusal, StringComparison.Ordinal);
        }

        var (code, report) = await RunAsync(database.ConnectionString, cancellation);
        output.WriteLine(report);

        Assert.True(code == RebuildProjectionsCommand.Rebuilt, report);
        Assert.Matches(@"(?m)^Rebuilt 9 projections \(source_state, .*source_rejections, .*audit_command_journal\) from \d+ events in \d+\.\d s\.$", report);
        await using var restarted = await ControlPlaneInstance.StartAsync(database.ConnectionString, remote.BarePath, Path.Combine(root, "cp"), FreePort.Next());
        Assert.Equal(before, await restarted.ActiveVersionAsync(ShopManifests.Gateway));
    }

    /// <returns>The exit code and everything written to standard output and error.</returns>
    private static async Task<(int Code, string Output)> RunAsync(string database, CancellationToken cancellation)
    {
        await using var process = ProjectProcess.StartProject("GitOpsGateway.Host", ["rebuild-projections", "--database", database, "--timeout", "120"]);
        var code = await process.WaitForExitAsync(TimeSpan.FromMinutes(3), cancellation);
        return (code, process.Output);
    }
}
