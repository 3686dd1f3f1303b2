using System.Net;
using GitOpsGateway.ControlPlane.Tests.Support;
using GitOpsGateway.Testing.Postgres;

namespace GitOpsGateway.ControlPlane.Tests.Resilience;

/// <summary>
/// The real executable starts while its PostgreSQL server is down (a host rebooting, a database failing over): it
/// answers <c>/healthz</c>, says in <c>/readyz</c> what it waits for, and sets itself up once the server is back.
/// </summary>
public sealed class DatabaseAtStartupTests
{
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task the_control_plane_started_without_its_database_waits_for_it_and_ingests_what_was_pushed()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var server = await PostgresServer.StartAsync(cancellation);
        try
        {
            Assert.SkipUnless(server.CanInterrupt, "needs a local PostgreSQL cluster to interrupt");
            await using var scenario = await Scenario.CreateOnAsync(server);
            await server.InterruptAsync(cancellation);
            try
            {
                await StartWithoutDatabaseAsync(scenario, server);
            }
            finally
            {
                await ResumeUnlessRunningAsync(scenario, server);
            }
        }
        finally
        {
            await server.StopAsync(CancellationToken.None);
        }
    }

    private static async Task StartWithoutDatabaseAsync(Scenario scenario, PostgresServer server)
    {
        var pushed = await scenario.Remote.PushValidRepositoryAsync();
        var controlPlane = await scenario.StartAsync(scenario.Options(), answeringAt: "/healthz");

        var reasons = await OutageProbe.WatchAsync(controlPlane, Outage);
        Assert.NotEmpty(reasons);
        Assert.All(reasons, reason => Assert.StartsWith("Waiting for the database: unreachable since ", reason, StringComparison.Ordinal));

        await server.ResumeAsync(TestContext.Current.CancellationToken);
        await controlPlane.WaitForIngestedAsync(pushed, TimeSpan.FromSeconds(60));
        await Eventually.WaitForAsync(async () => (await OutageProbe.ReadyAsync(controlPlane)).Status == HttpStatusCode.OK, "readiness once the database answers", TimeSpan.FromSeconds(30));
        Assert.False(controlPlane.Process.HasExited, "the control plane exited after the database came back:\n" + controlPlane.Process.Output);
        Assert.Contains(controlPlane.Process.Lines, line => line.Contains("[3090]", StringComparison.Ordinal));
        Assert.Contains(controlPlane.Process.Lines, line => line.Contains("[3091]", StringComparison.Ordinal) && line.Contains("answers again", StringComparison.Ordinal));
    }

    private static async Task ResumeUnlessRunningAsync(Scenario scenario, PostgresServer server)
    {
        try
        {
            await using var connection = await scenario.Database.OpenConnectionAsync(CancellationToken.None);
        }
        catch (Npgsql.NpgsqlException)
        {
            // A failure while the server was down must not be hidden by a clean-up that cannot reach it.
            await server.ResumeAsync(CancellationToken.None);
        }
    }
}
