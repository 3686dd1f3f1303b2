using Marten;
using Weasel.Postgresql.Tables;

namespace GitOpsGateway.ControlPlane.Tokens;

/// <summary>
/// The table of API tokens: ours, outside the event streams (a token's hash must be replaceable and its rows are
/// operational state), created and updated with the rest of the schema when the store applies its changes at
/// start (idempotent; see docs/dependencies.md).
/// </summary>
internal static class ApiTokenTable
{
    public const string Name = "gitops_gateway_api_tokens";

    public static StoreOptions AddApiTokenTable(this StoreOptions options)
    {
        var table = new Table(QualifiedName(options.DatabaseSchemaName));
        table.AddColumn<string>("name").AsPrimaryKey();
        table.AddColumn<string>("token_hash").NotNull();
        table.AddColumn<string>("role").NotNull();
        table.AddColumn("scopes", "text[]").NotNull();
        table.AddColumn("expires_at", "timestamp with time zone").NotNull();
        table.AddColumn<string>("created_by").NotNull();
        table.AddColumn("created_at", "timestamp with time zone").NotNull();
        table.AddColumn("last_used_at", "timestamp with time zone");
        table.AddColumn("rotated_at", "timestamp with time zone");
        table.AddColumn("revoked_at", "timestamp with time zone");
        table.Indexes.Add(new IndexDefinition(Name + "_idx_hash") { Columns = ["token_hash"], IsUnique = true });
        options.Storage.ExtendedSchemaObjects.Add(table);
        return options;
    }

    public static string QualifiedName(string schema) => $"{schema}.{Name}";
}
