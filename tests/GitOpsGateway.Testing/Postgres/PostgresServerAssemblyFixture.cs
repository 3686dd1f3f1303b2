namespace GitOpsGateway.Testing.Postgres;

/// <summary>
/// Stops the shared server when the test assembly is done. Register it once per test project:
/// <c>[assembly: AssemblyFixture(typeof(PostgresServerAssemblyFixture))]</c>. Without it the server is still
/// stopped at process exit, which is later and less certain.
/// </summary>
public sealed class PostgresServerAssemblyFixture : IAsyncDisposable
{
    public async ValueTask DisposeAsync() => await PostgresServer.StopSharedAsync().ConfigureAwait(false);
}
