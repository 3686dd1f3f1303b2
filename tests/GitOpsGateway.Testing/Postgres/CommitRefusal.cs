using Npgsql;

namespace GitOpsGateway.Testing.Postgres;

/// <summary>
/// A real, deterministic database refusal for the poisoned-commit tests (docs/adr/0014): a CHECK constraint on
/// Marten's event table that refuses every <c>commit_ingested</c> event whose commit message holds
/// <see cref="Marker"/>. PostgreSQL then refuses that commit's transaction (SQLSTATE 23514) on every attempt, as it
/// would refuse any input it cannot store, while the <c>commit_failed</c> event that skips it is stored. The
/// product has no test hook: the refusal is the database's own.
/// </summary>
public static class CommitRefusal
{
    /// <summary>Text in a commit message that makes the database refuse the commit.</summary>
    public const string Marker = "[refused by the database]";

    /// <summary>The SQLSTATE of the refusal, as failure reasons quote it.</summary>
    public const string SqlState = "23514";

    private const string ConstraintName = "gitops_test_refuse_marked_commits";

    /// <summary>Adds the constraint to <paramref name="database"/>, whose event store schema must already exist.</summary>
    public static async Task InstallAsync(PostgresDatabase database, CancellationToken cancellationToken, string schema = "public")
    {
        ArgumentNullException.ThrowIfNull(database);
        var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var command = new NpgsqlCommand(
                $"""
                ALTER TABLE "{schema}".mt_events ADD CONSTRAINT {ConstraintName}
                    CHECK (type <> 'commit_ingested' OR strpos(data ->> 'message', '{Marker}') = 0)
                """,
                connection);
            await using (command.ConfigureAwait(false))
            {
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
