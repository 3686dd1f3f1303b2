using Npgsql;

namespace GitOpsGateway.ControlPlane.Resilience;

/// <summary>
/// The answers of PostgreSQL that say the <c>Database</c> setting is wrong rather than the server away: waiting
/// would only hide them behind a 503 for ever, so the control plane stops with exit code 2 (ADR 0013). Authentication
/// refused (SQLSTATE 28000 invalid authorization, 28P01 wrong password), the named database missing (3D000: we never
/// create it, so a typo would wait for ever), and the role lacking a privilege the schema needs (42501).
/// </summary>
public static class DatabaseSettingsRefusal
{
    private const int MaxDepth = 16;

    /// <summary>The server's refusal inside <paramref name="exception"/> (wrappers and aggregates searched), or null.</summary>
    public static PostgresException? Find(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return Find(exception, 0);
    }

    public static bool IsRefusal(string sqlState)
    {
        ArgumentNullException.ThrowIfNull(sqlState);
        return sqlState is "28000" or "28P01" or "3D000" or "42501";
    }

    private static PostgresException? Find(Exception exception, int depth) => depth > MaxDepth
        ? null
        : exception switch
        {
            PostgresException server => IsRefusal(server.SqlState) ? server : null,
            AggregateException aggregate => aggregate.InnerExceptions.Select(inner => Find(inner, depth + 1)).FirstOrDefault(found => found is not null),
            { InnerException: { } inner } => Find(inner, depth + 1),
            _ => null,
        };
}
