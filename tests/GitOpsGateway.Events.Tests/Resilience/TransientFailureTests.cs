using System.Net.Sockets;
using GitOpsGateway.Events.Projections;
using GitOpsGateway.Events.Resilience;
using GitOpsGateway.Events.Storage;
using GitOpsGateway.Testing.Processes;
using JasperFx;
using Marten;
using Marten.Exceptions;
using Npgsql;

namespace GitOpsGateway.Events.Tests.Resilience;

public sealed class TransientFailureTests
{
    [Fact]
    public async Task a_query_through_marten_to_a_server_that_is_not_there_is_transient()
    {
        var nobody = new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = FreePort.Next(), Username = "nobody", Database = "none", Timeout = 2 }.ConnectionString;
        using var store = DocumentStore.For(options =>
        {
            options.Connection(nobody);
            options.AutoCreateSchemaObjects = AutoCreate.None;
            options.AddGitOpsGatewayEvents();
        });
        await using var session = store.QuerySession();

        var failure = await Record.ExceptionAsync(() => session.Query<ActiveVersion>().ToListAsync(TestContext.Current.CancellationToken));

        Assert.NotNull(failure);
        Assert.True(TransientFailure.IsTransient(failure), failure.ToString());
        Assert.Contains("refused", TransientFailure.Describe(failure), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void a_server_shutdown_wrapped_by_marten_is_transient()
    {
        var shutdown = new PostgresException("terminating connection due to administrator command", "FATAL", "FATAL", PostgresErrorCodes.AdminShutdown);
        using var command = new NpgsqlCommand("select 1");
        var wrapped = new MartenCommandException(command, shutdown);

        Assert.True(TransientFailure.IsTransient(wrapped));
        Assert.Same(shutdown, TransientFailure.FindCause(wrapped));
        Assert.True(TransientFailure.IsTransient(new AggregateException(new InvalidOperationException("other"), wrapped)));
        Assert.True(TransientFailure.IsTransient(new InvalidOperationException("handler failed", new NpgsqlException("broken", new IOException("reset", new SocketException(104))))));
    }

    [Theory]
    [InlineData(PostgresErrorCodes.CannotConnectNow)]
    [InlineData(PostgresErrorCodes.ConnectionFailure)]
    [InlineData(PostgresErrorCodes.TooManyConnections)]
    [InlineData(PostgresErrorCodes.SerializationFailure)]
    [InlineData(PostgresErrorCodes.DeadlockDetected)]
    public void server_errors_that_mean_not_now_are_transient(string sqlState) =>
        Assert.True(TransientFailure.IsTransient(new PostgresException("not now", "ERROR", "ERROR", sqlState)));

    [Theory]
    [InlineData(PostgresErrorCodes.UndefinedTable)]
    [InlineData(PostgresErrorCodes.InvalidPassword)]
    [InlineData(PostgresErrorCodes.UniqueViolation)]
    [InlineData(PostgresErrorCodes.SyntaxError)]
    public void server_errors_that_retrying_cannot_fix_are_not_transient(string sqlState)
    {
        var error = new PostgresException("wrong", "ERROR", "ERROR", sqlState);
        using var command = new NpgsqlCommand("select 1");

        Assert.False(TransientFailure.IsTransient(error));
        Assert.False(TransientFailure.IsTransient(new MartenCommandException(command, error)));
    }

    [Fact]
    public void defects_are_not_transient_whatever_wraps_them()
    {
        Assert.False(TransientFailure.IsTransient(new InvalidOperationException("a defect")));
        Assert.False(TransientFailure.IsTransient(new ArgumentException("a defect", new NullReferenceException())));
        Assert.False(TransientFailure.IsTransient(new AggregateException(new FormatException())));
        Assert.False(TransientFailure.IsTransient(new OperationCanceledException()));
    }
}
