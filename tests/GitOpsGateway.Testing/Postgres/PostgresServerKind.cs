namespace GitOpsGateway.Testing.Postgres;

/// <summary>Where the tests' PostgreSQL server came from.</summary>
public enum PostgresServerKind
{
    /// <summary>The server named by <c>GITOPS_GATEWAY_TEST_POSTGRES</c>; the tests never stop it.</summary>
    External,

    /// <summary>A <c>postgres:15-alpine</c> container started through Testcontainers.</summary>
    Container,

    /// <summary>A throwaway cluster from the machine's PostgreSQL binaries, under the system temp folder.</summary>
    LocalCluster,
}
