using System.Net.Sockets;
using JasperFx;
using Marten.Exceptions;
using Npgsql;

namespace GitOpsGateway.Events.Ingestion;

/// <summary>
/// Tells a failure that may pass (the database or network, another writer) from one that ingesting the same
/// commit again will meet again (docs/adr/0014). Marten wraps what Npgsql throws, so the whole chain of inner
/// exceptions is read.
/// </summary>
public static class IngestionFailures
{
    private const int MaxReasonLength = 1000;

    /// <summary>
    /// True for connection failures and timeouts (Npgsql's <see cref="NpgsqlException.IsTransient"/>, which covers
    /// PostgreSQL's connection, serialization, deadlock, lock and resource errors), cancellations, and concurrent
    /// writers. Anything else, such as PostgreSQL's data exceptions (22xxx) or program limits (54000), a
    /// serializer refusing a value or a bug in the compiler, is deterministic.
    /// </summary>
    public static bool IsTransient(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return Chain(exception).Any(failure => failure switch
        {
            NpgsqlException npgsql => npgsql.IsTransient,
            ConcurrencyException or ExistingStreamIdCollisionException => true,
            TimeoutException or SocketException or IOException or OperationCanceledException => true,
            _ => false,
        });
    }

    /// <summary>A short reason for people: PostgreSQL's code and message when the database refused, else the innermost exception's.</summary>
    public static string Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var reason = Chain(exception).OfType<PostgresException>().FirstOrDefault() is { } postgres
            ? $"PostgreSQL {postgres.SqlState}: {postgres.MessageText}{(string.IsNullOrEmpty(postgres.Detail) ? string.Empty : $" ({postgres.Detail})")}"
            : $"{exception.GetBaseException().GetType().Name}: {exception.GetBaseException().Message}";
        return reason.Length <= MaxReasonLength ? reason : string.Concat(reason.AsSpan(0, MaxReasonLength), "…");
    }

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        var pending = new Stack<Exception>([exception]);
        while (pending.TryPop(out var current))
        {
            yield return current;
            if (current is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions)
                {
                    pending.Push(inner);
                }
            }
            else if (current.InnerException is { } inner)
            {
                pending.Push(inner);
            }
        }
    }
}
