using System.Net;
using GitOpsGateway.ControlPlane.Resilience;
using GitOpsGateway.ControlPlane.Tests.Support;
using GitOpsGateway.Testing.Postgres;
using GitOpsGateway.Testing.Processes;
using Npgsql;

namespace GitOpsGateway.ControlPlane.Tests.Resilience;

/// <summary>
/// What ends a control plane that starts without its database: a Database setting that can never work (exit 2, the
/// reason on standard error), or a stop signal (exit 0) — never the outage itself.
/// </summary>
public sealed class DatabaseSettingsRefusedTests
{
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task a_database_that_does_not_exist_ends_the_start_with_exit_code_2_and_the_reason()
    {
        var server = await PostgresServer.GetSharedAsync(TestContext.Current.CancellationToken);
        var missing = new NpgsqlConnectionStringBuilder(server.AdminConnectionString) { Database = "gitops_gateway_never_created" }.ConnectionString;
        await using var controlPlane = ControlPlaneProcess.Launch(Options(missing));
        try
        {
            var exitCode = await controlPlane.Process.WaitForExitAsync(ExitTimeout, TestContext.Current.CancellationToken);
            Assert.True(exitCode == DatabaseStartup.SettingsRefusedExitCode, $"exit code {exitCode}:\n{controlPlane.Process.Output}");
            Assert.Contains(controlPlane.Process.Lines, line => line.Contains("[3094]", StringComparison.Ordinal) && line.Contains("3D000", StringComparison.Ordinal));
            Assert.Contains(controlPlane.Process.Lines, line => line.StartsWith("The database refuses the control plane's Database setting (SQLSTATE 3D000", StringComparison.Ordinal));
        }
        finally
        {
            controlPlane.DeleteState();
        }
    }

    [Fact]
    public async Task a_malformed_connection_string_ends_the_start_with_exit_code_2_before_listening()
    {
        await using var controlPlane = ControlPlaneProcess.Launch(Options("Host=127.0.0.1;NoSuchKeyword=1"));
        try
        {
            var exitCode = await controlPlane.Process.WaitForExitAsync(ExitTimeout, TestContext.Current.CancellationToken);
            Assert.True(exitCode == 2, $"exit code {exitCode}:\n{controlPlane.Process.Output}");
            Assert.Contains(controlPlane.Process.Lines, line => line.Contains("Database is not a valid PostgreSQL connection string", StringComparison.Ordinal));
        }
        finally
        {
            controlPlane.DeleteState();
        }
    }

    [Fact]
    public async Task a_control_plane_waiting_for_its_database_stops_cleanly_when_asked()
    {
        await using var controlPlane = ControlPlaneProcess.Launch(Options($"Host=127.0.0.1;Port={FreePort.Next()};Username=nobody;Database=nothing"));
        try
        {
            await controlPlane.Process.WaitForHttpAsync(new Uri(controlPlane.BaseAddress, "/healthz"), ExitTimeout, TestContext.Current.CancellationToken);
            await controlPlane.Process.WaitForLineAsync("[3090]", ExitTimeout, TestContext.Current.CancellationToken);
            var (status, text) = await OutageProbe.ReadyAsync(controlPlane);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
            Assert.StartsWith("Waiting for the database: unreachable since ", text, StringComparison.Ordinal);

            controlPlane.Process.Interrupt();
            Assert.Equal(0, await controlPlane.Process.WaitForExitAsync(TimeSpan.FromSeconds(15), TestContext.Current.CancellationToken));
        }
        finally
        {
            controlPlane.DeleteState();
        }
    }

    [Theory]
    [InlineData("28P01", true)]
    [InlineData("28000", true)]
    [InlineData("3D000", true)]
    [InlineData("42501", true)]
    [InlineData("57P03", false)]
    [InlineData("08006", false)]
    [InlineData("42P01", false)]
    public void only_refusals_of_the_settings_are_configuration_errors(string sqlState, bool refusal)
    {
        var server = new PostgresException("refused", "FATAL", "FATAL", sqlState);
        var wrapped = new InvalidOperationException("wrapper", new AggregateException(new IOException("other"), server));
        Assert.Equal(refusal, DatabaseSettingsRefusal.Find(wrapped) is not null);
        Assert.Null(DatabaseSettingsRefusal.Find(new NpgsqlException("Failed to connect", new System.Net.Sockets.SocketException(111))));
    }

    private static ControlPlaneOptions Options(string database) => new()
    {
        Database = database,
        Repository = Path.GetTempPath(),
    };
}
