using System.Text;
using System.Text.Json;
using Npgsql;

namespace GitOpsGateway.EndToEnd.Tests.Support;

/// <summary>
/// Everything a database holds as text: every row of every table of every schema (each row as PostgreSQL prints
/// it, so every column counts and tables added later are searched too), for checks that a value is stored nowhere.
/// </summary>
internal static class StoredText
{
    public static async Task<string> ReadAllAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            """
            SELECT format('%I.%I', table_schema, table_name) FROM information_schema.tables
            WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')
            """,
            connection))
        await using (var reader = await list.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                tables.Add(reader.GetString(0));
            }
        }

        Assert.Contains(tables, table => table.EndsWith(".mt_events", StringComparison.Ordinal));
        var text = new StringBuilder();
        foreach (var table in tables)
        {
            await using var select = new NpgsqlCommand($"SELECT coalesce(string_agg(t::text, E'\\n'), '') FROM {table} t", connection);
            text.Append(table).Append(": ").AppendLine((string)(await select.ExecuteScalarAsync(cancellationToken))!);
        }

        return text.ToString();
    }

    /// <summary>
    /// The forms a stored copy of <paramref name="value"/> could take: as is, JSON-escaped, base64 (the part that
    /// does not depend on what follows it), and hex as PostgreSQL prints bytea.
    /// </summary>
    public static IEnumerable<string> FormsOf(string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        yield return value;
        yield return JsonEncodedText.Encode(value).ToString();
        yield return Convert.ToBase64String(bytes)[..(bytes.Length / 3 * 4)];
        yield return Convert.ToHexStringLower(bytes);
    }

    /// <summary>Each planted value (by its name) that shows in <paramref name="text"/> in any of its forms.</summary>
    public static IReadOnlyList<string> Found(string text, IReadOnlyDictionary<string, string> planted) =>
        planted.Where(pair => FormsOf(pair.Value).Any(form => text.Contains(form, StringComparison.Ordinal)))
            .Select(pair => pair.Key)
            .ToList();
}
