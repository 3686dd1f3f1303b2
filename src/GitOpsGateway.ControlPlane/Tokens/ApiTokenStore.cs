using System.Globalization;
using GitOpsGateway.ControlPlane.Configuration;
using GitOpsGateway.Events;
using GitOpsGateway.Events.Storage;
using Marten;
using Npgsql;

namespace GitOpsGateway.ControlPlane.Tokens;

/// <summary>
/// Reads and changes the token table. A change and its journal event (<see cref="ApiTokenCreated"/>,
/// <see cref="ApiTokenRevoked"/>, <see cref="ApiTokenRotated"/>) are saved in one transaction, which also
/// <c>NOTIFY</c>s every replica to drop its cached lookups (<see cref="ApiTokenNotifications"/>).
/// </summary>
public sealed class ApiTokenStore : IAsyncDisposable
{
    public const string Channel = "gitops_gateway_api_tokens";

    /// <summary>How stale <see cref="ApiToken.LastUsedAt"/> may be: a request writes it only when it is older.</summary>
    public static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(5);

    private const string Columns = "name, role, scopes, expires_at, created_by, created_at, last_used_at, rotated_at, revoked_at";

    private readonly IDocumentStore store;
    private readonly TimeProvider clock;
    private readonly NpgsqlDataSource dataSource;
    private readonly string table;

    public ApiTokenStore(IDocumentStore store, ControlPlaneSettings settings, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(settings);
        this.store = store;
        this.clock = clock;
        dataSource = NpgsqlDataSource.Create(settings.DatabaseConnectionString);
        table = ApiTokenTable.QualifiedName(store.Options.DatabaseSchemaName);
    }

    public async Task<ApiToken?> FindByHashAsync(string hash, CancellationToken cancellationToken)
    {
        var found = await QueryAsync($"SELECT {Columns} FROM {table} WHERE token_hash = $1", [hash], cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    public async Task<ApiToken?> FindAsync(string name, CancellationToken cancellationToken)
    {
        var found = await QueryAsync($"SELECT {Columns} FROM {table} WHERE name = $1", [name], cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    public Task<IReadOnlyList<ApiToken>> ListAsync(CancellationToken cancellationToken) =>
        QueryAsync($"SELECT {Columns} FROM {table} ORDER BY name", [], cancellationToken);

    /// <summary>Records that the token was used now, unless that was recorded less than <see cref="LastUsedResolution"/> ago.</summary>
    public async Task TouchAsync(ApiToken token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        var now = clock.GetUtcNow();
        if (token.LastUsedAt is { } last && now - last < LastUsedResolution)
        {
            return;
        }

        await using var command = dataSource.CreateCommand(
            $"UPDATE {table} SET last_used_at = $1 WHERE name = $2 AND (last_used_at IS NULL OR last_used_at < $3)");
        command.Parameters.Add(new NpgsqlParameter { Value = now });
        command.Parameters.Add(new NpgsqlParameter { Value = token.Name });
        command.Parameters.Add(new NpgsqlParameter { Value = now - LastUsedResolution });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<ApiTokenOutcome> CreateAsync(
        string name, string role, IReadOnlyList<string> scopes, DateTimeOffset expiresAt, CommandCaller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (await FindAsync(name, cancellationToken) is not null)
        {
            return ApiTokenOutcome.Failed(ApiTokenOutcomeStatus.Conflict, $"A token named '{name}' exists (revoked tokens keep their names, so the journal stays unambiguous).");
        }

        var secret = ApiTokenSecret.Generate();
        var now = clock.GetUtcNow();
        var commandId = NewCommandId();
        await using var session = store.LightweightSession();
        session.QueueSqlCommand(
            $"INSERT INTO {table} (name, token_hash, role, scopes, expires_at, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            name, ApiTokenSecret.Hash(secret), role, scopes.ToArray(), expiresAt, caller.Describe(), now);
        await AppendAsync(session, commandId, caller, new ApiTokenCreated
        {
            CommandId = commandId,
            Name = name,
            Role = role,
            Scopes = scopes,
            ExpiresAt = expiresAt,
            Actor = caller.Describe(),
            Caller = caller,
        }, cancellationToken);
        try
        {
            await session.SaveChangesAsync(cancellationToken);
        }
        catch (Exception exception) when (IsUniqueViolation(exception))
        {
            return ApiTokenOutcome.Failed(ApiTokenOutcomeStatus.Conflict, $"A token named '{name}' exists.");
        }

        return new ApiTokenOutcome(ApiTokenOutcomeStatus.Done) { Token = await FindAsync(name, cancellationToken), Secret = secret };
    }

    public async Task<ApiTokenOutcome> RevokeAsync(string name, CommandCaller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var token = await FindAsync(name, cancellationToken);
        if (token is null)
        {
            return ApiTokenOutcome.Failed(ApiTokenOutcomeStatus.NotFound, $"There is no token named '{name}'.");
        }

        if (token.RevokedAt is { } revokedAt)
        {
            return ApiTokenOutcome.Failed(ApiTokenOutcomeStatus.Invalid, string.Create(CultureInfo.InvariantCulture, $"Token '{name}' was revoked at {revokedAt:O}."));
        }

        var commandId = NewCommandId();
        await using var session = store.LightweightSession();
        session.QueueSqlCommand($"UPDATE {table} SET revoked_at = ? WHERE name = ?", clock.GetUtcNow(), name);
        await AppendAsync(session, commandId, caller, new ApiTokenRevoked { CommandId = commandId, Name = name, Actor = caller.Describe(), Caller = caller }, cancellationToken);
        await session.SaveChangesAsync(cancellationToken);
        return new ApiTokenOutcome(ApiTokenOutcomeStatus.Done) { Token = await FindAsync(name, cancellationToken) };
    }

    /// <summary>A new secret for the token, effective at once (the old one stops working), and a new expiry.</summary>
    public async Task<ApiTokenOutcome> RotateAsync(string name, DateTimeOffset expiresAt, CommandCaller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var token = await FindAsync(name, cancellationToken);
        if (token is null)
        {
            return ApiTokenOutcome.Failed(ApiTokenOutcomeStatus.NotFound, $"There is no token named '{name}'.");
        }

        if (token.RevokedAt is not null)
        {
            return ApiTokenOutcome.Failed(ApiTokenOutcomeStatus.Invalid, $"Token '{name}' is revoked; create a new one instead.");
        }

        var secret = ApiTokenSecret.Generate();
        var commandId = NewCommandId();
        await using var session = store.LightweightSession();
        session.QueueSqlCommand(
            $"UPDATE {table} SET token_hash = ?, expires_at = ?, rotated_at = ? WHERE name = ?",
            ApiTokenSecret.Hash(secret), expiresAt, clock.GetUtcNow(), name);
        await AppendAsync(session, commandId, caller, new ApiTokenRotated
        {
            CommandId = commandId,
            Name = name,
            ExpiresAt = expiresAt,
            Actor = caller.Describe(),
            Caller = caller,
        }, cancellationToken);
        await session.SaveChangesAsync(cancellationToken);
        return new ApiTokenOutcome(ApiTokenOutcomeStatus.Done) { Token = await FindAsync(name, cancellationToken), Secret = secret };
    }

    public ValueTask DisposeAsync() => dataSource.DisposeAsync();

    /// <summary>The journal event, stamped like every command's, and the notification that reaches other replicas on commit.</summary>
    private async Task AppendAsync(IDocumentSession session, string commandId, CommandCaller caller, object @event, CancellationToken cancellationToken)
    {
        var metadata = new EventProvenance
        {
            Source = string.Empty,
            Author = caller.Describe(),
            CorrelationId = commandId,
            CausationId = "command:" + commandId,
            Timestamp = await EventClock.NextAsync(session, clock, cancellationToken),
        };
        metadata.StampOn(session.Events.Append(EventStreams.ApiTokens, @event).Events);
        session.QueueSqlCommand($"SELECT pg_notify('{Channel}', '')");
    }

    private async Task<IReadOnlyList<ApiToken>> QueryAsync(string sql, object[] parameters, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(sql);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var tokens = new List<ApiToken>();
        while (await reader.ReadAsync(cancellationToken))
        {
            tokens.Add(new ApiToken
            {
                Name = reader.GetString(0),
                Role = reader.GetString(1),
                Scopes = reader.GetFieldValue<string[]>(2),
                ExpiresAt = reader.GetFieldValue<DateTimeOffset>(3),
                CreatedBy = reader.GetString(4),
                CreatedAt = reader.GetFieldValue<DateTimeOffset>(5),
                LastUsedAt = await reader.IsDBNullAsync(6, cancellationToken) ? null : reader.GetFieldValue<DateTimeOffset>(6),
                RotatedAt = await reader.IsDBNullAsync(7, cancellationToken) ? null : reader.GetFieldValue<DateTimeOffset>(7),
                RevokedAt = await reader.IsDBNullAsync(8, cancellationToken) ? null : reader.GetFieldValue<DateTimeOffset>(8),
            });
        }

        return tokens;
    }

    private static bool IsUniqueViolation(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                return true;
            }
        }

        return false;
    }

    private static string NewCommandId() => Guid.NewGuid().ToString("n", CultureInfo.InvariantCulture);
}
