using Testcontainers.PostgreSql;

namespace GitOpsGateway.Testing.Postgres;

internal sealed class ContainerPostgresServer : IPostgresServerHost
{
    public const string Image = "postgres:15-alpine";

    private readonly PostgreSqlContainer container;

    private ContainerPostgresServer(PostgreSqlContainer container)
    {
        this.container = container;
        AdminConnectionString = container.GetConnectionString();
    }

    public PostgresServerKind Kind => PostgresServerKind.Container;

    public string AdminConnectionString { get; }

    /// <summary>A Docker engine is worth asking only when one of the places Testcontainers looks for it exists.</summary>
    public static bool DockerEnginePlausible() =>
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOCKER_HOST"))
        || File.Exists("/var/run/docker.sock")
        || File.Exists(Path.Combine(
            Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".testcontainers.properties"));

    /// <exception cref="DotNet.Testcontainers.Builders.DockerUnavailableException">No engine answered.</exception>
    public static async Task<ContainerPostgresServer> StartAsync(CancellationToken cancellationToken)
    {
        var container = new PostgreSqlBuilder(Image).Build();
        try
        {
            await container.StartAsync(cancellationToken).ConfigureAwait(false);
            return new ContainerPostgresServer(container);
        }
        catch
        {
            await container.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken) =>
        await container.DisposeAsync().ConfigureAwait(false);

    public void StopNow() => container.DisposeAsync().AsTask().GetAwaiter().GetResult();
}
