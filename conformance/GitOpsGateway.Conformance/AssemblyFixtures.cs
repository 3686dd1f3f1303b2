using GitOpsGateway.Testing.Postgres;

[assembly: AssemblyFixture(typeof(PostgresServerAssemblyFixture))]
