using System.Net.Sockets;
using Npgsql;

namespace GitOpsGateway.Events.Resilience;

/// <summary>
/// The one answer to "is this failure an outage that passes by itself, so waiting and trying again is right?".
/// Marten and Wolverine wrap the driver's exception (<c>MartenCommandException</c>, <c>AggregateException</c>,
/// handler wrappers), so the whole chain of inner exceptions is searched. An outage of PostgreSQL shows up as
/// Npgsql's client-side <see cref="NpgsqlException"/> (connection refused or broken, with a
/// <see cref="SocketException"/> or <see cref="IOException"/> inside), a timeout, or a server error of the
/// classes that mean "not now" (connection exception, insufficient resources, operator intervention such as
/// shutdown, serialization failure). Everything else (an SQL error, a bug, a refused setting) is not transient.
/// </summary>
public static class TransientFailure
{
    /// <summary>Chains longer than this are not searched further (a cycle or a pathological wrapper).</summary>
    private const int MaxDepth = 16;

    public static bool IsTransient(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return FindCause(exception) is not null;
    }

    /// <summary>The innermost exception that makes <paramref name="exception"/> transient, or null when it is not.</summary>
    public static Exception? FindCause(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return Find(exception, 0);
    }

    /// <summary>What an operator should read: the transient cause's message, else the outermost message.</summary>
    public static string Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var cause = FindCause(exception) ?? exception;
        var innermost = cause;
        while (innermost.InnerException is { } inner && !ReferenceEquals(inner, innermost))
        {
            innermost = inner;
        }

        return ReferenceEquals(innermost, cause) || string.IsNullOrEmpty(innermost.Message) || cause.Message.Contains(innermost.Message, StringComparison.Ordinal)
            ? cause.Message
            : $"{cause.Message} ({innermost.Message})";
    }

    private static Exception? Find(Exception exception, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        if (IsTransientItself(exception))
        {
            return exception;
        }

        if (exception is AggregateException aggregate)
        {
            foreach (var inner in aggregate.InnerExceptions)
            {
                if (Find(inner, depth + 1) is { } found)
                {
                    return found;
                }
            }

            return null;
        }

        // A server error that is not transient stays so, whatever it wraps.
        return exception is PostgresException || exception.InnerException is null ? null : Find(exception.InnerException, depth + 1);
    }

    private static bool IsTransientItself(Exception exception) => exception switch
    {
        PostgresException server => IsTransientServerError(server.SqlState),
        NpgsqlException => true,
        SocketException or IOException or TimeoutException => true,
        // Npgsql reports a connection that broke under a command this way ("Connection is not open", "broken").
        InvalidOperationException or ObjectDisposedException when string.Equals(exception.Source, "Npgsql", StringComparison.Ordinal) => true,
        _ => false,
    };

    /// <summary>SQLSTATE classes 08 (connection), 53 (insufficient resources), 57P (shutdown, cannot connect now), 40001/40P01 and 55P03 (retry the transaction).</summary>
    public static bool IsTransientServerError(string sqlState)
    {
        ArgumentNullException.ThrowIfNull(sqlState);
        return sqlState.StartsWith("08", StringComparison.Ordinal)
            || sqlState.StartsWith("53", StringComparison.Ordinal)
            || sqlState.StartsWith("57P", StringComparison.Ordinal)
            || sqlState is "40001" or "40P01" or "55P03" or "58030";
    }
}
