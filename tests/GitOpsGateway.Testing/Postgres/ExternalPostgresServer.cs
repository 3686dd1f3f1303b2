namespace GitOpsGateway.Testing.Postgres;

/// <summary>A server somebody else runs: the tests only create and drop their own databases on it.</summary>
internal sealed class ExternalPostgresServer(string connectionString) : IPostgresServerHost
{
    public PostgresServerKind Kind => PostgresServerKind.External;

    public string AdminConnectionString { get; } = connectionString;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void StopNow()
    {
        // Not ours to stop.
    }
}
