using Marten;
using Npgsql;
using NpgsqlTypes;

namespace GitOpsGateway.Audit.Maintenance;

/// <summary>
/// Masks leaked values in place, in one transaction: the body and headers of every event (<c>mt_events</c>) and the
/// JSON of every document table (<c>mt_doc_*</c>, so read models added later are covered too), then journals a
/// <see cref="SecretMasked"/> naming the values by hash only. Sequences, versions and timestamps stay as they were,
/// so history and time travel answer as before, with the marker where the value stood (ADR 0015). Run it with every
/// control plane stopped: an inline projection writing a document meanwhile could put an unmasked copy back.
/// </summary>
public static class StoredLeakMasking
{
    /// <summary>The stream <see cref="SecretMasked"/> events are appended to.</summary>
    public const string MaintenanceStream = "maintenance";

    /// <summary>The event header a rewritten event gets: the id of the masking command that rewrote it.</summary>
    public const string MaskedHeader = "masked-by";

    public static async Task<SecretMasked> MaskAsync(
        IDocumentStore store, string connectionString, IReadOnlyList<LeakedValue> values, string actor, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (values.Count == 0)
        {
            throw new ArgumentException("Give at least one value to mask.", nameof(values));
        }

        var masker = new LeakMasker(values);
        var commandId = Guid.NewGuid().ToString("N");
        int events;
        int documents;
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            events = await MaskEventsAsync(connection, Quoted(store.Options.Events.DatabaseSchemaName), masker, commandId, cancellationToken);
            documents = await MaskDocumentsAsync(connection, store.Options.DatabaseSchemaName, masker, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        var masked = new SecretMasked
        {
            CommandId = commandId,
            ValueSha256 = [.. values.Select(value => value.Sha256).Distinct(StringComparer.Ordinal)],
            Actor = actor,
            Reason = reason,
            EventsRewritten = events,
            DocumentsRewritten = documents,
        };
        await using var session = store.LightweightSession();
        session.Events.Append(MaintenanceStream, masked);
        await session.SaveChangesAsync(cancellationToken);
        return masked;
    }

    private static async Task<int> MaskEventsAsync(
        NpgsqlConnection connection, string schema, LeakMasker masker, string commandId, CancellationToken cancellationToken)
    {
        var rewrites = new List<(long Sequence, string Data, string Headers)>();
        await using (var select = new NpgsqlCommand($"SELECT seq_id, data::text, coalesce(headers::text, '{{}}') FROM {schema}.mt_events ORDER BY seq_id", connection))
        await using (var reader = await select.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var data = reader.GetString(1);
                var headers = reader.GetString(2);
                var maskedData = masker.MaskJson(data);
                var maskedHeaders = masker.MaskJson(headers);
                if (maskedData is not null || maskedHeaders is not null)
                {
                    rewrites.Add((reader.GetInt64(0), maskedData ?? data, maskedHeaders ?? headers));
                }
            }
        }

        foreach (var (sequence, data, headers) in rewrites)
        {
            await using var update = new NpgsqlCommand(
                $"UPDATE {schema}.mt_events SET data = @data::jsonb, headers = @headers::jsonb || jsonb_build_object('{MaskedHeader}', @command) WHERE seq_id = @sequence",
                connection);
            update.Parameters.AddWithValue("data", NpgsqlDbType.Text, data);
            update.Parameters.AddWithValue("headers", NpgsqlDbType.Text, headers);
            update.Parameters.AddWithValue("command", NpgsqlDbType.Text, commandId);
            update.Parameters.AddWithValue("sequence", sequence);
            await update.ExecuteNonQueryAsync(cancellationToken);
        }

        return rewrites.Count;
    }

    private static async Task<int> MaskDocumentsAsync(NpgsqlConnection connection, string schema, LeakMasker masker, CancellationToken cancellationToken)
    {
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = @schema AND table_name LIKE 'mt\\_doc\\_%' ORDER BY table_name", connection))
        {
            list.Parameters.AddWithValue("schema", schema);
            await using var reader = await list.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                tables.Add(reader.GetString(0));
            }
        }

        var rewritten = 0;
        foreach (var table in tables)
        {
            var name = $"{Quoted(schema)}.{Quoted(table)}";
            var rewrites = new List<(string Id, string Data)>();
            await using (var select = new NpgsqlCommand($"SELECT id::text, data::text FROM {name}", connection))
            await using (var reader = await select.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    if (masker.MaskJson(reader.GetString(1)) is { } masked)
                    {
                        rewrites.Add((reader.GetString(0), masked));
                    }
                }
            }

            foreach (var (id, data) in rewrites)
            {
                await using var update = new NpgsqlCommand($"UPDATE {name} SET data = @data::jsonb WHERE id::text = @id", connection);
                update.Parameters.AddWithValue("data", NpgsqlDbType.Text, data);
                update.Parameters.AddWithValue("id", NpgsqlDbType.Text, id);
                await update.ExecuteNonQueryAsync(cancellationToken);
            }

            rewritten += rewrites.Count;
        }

        return rewritten;
    }

    private static string Quoted(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
