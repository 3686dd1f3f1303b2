namespace GitOpsGateway.Testing.Postgres;

/// <summary>One way of running the shared server: knows its admin connection string and how to stop it.</summary>
internal interface IPostgresServerHost
{
    PostgresServerKind Kind { get; }

    /// <summary>Superuser access to the maintenance database <c>postgres</c>.</summary>
    string AdminConnectionString { get; }

    Task StopAsync(CancellationToken cancellationToken);

    /// <summary>Stops without awaiting, for <see cref="AppDomain.ProcessExit"/>, where nothing can be awaited.</summary>
    void StopNow();
}
