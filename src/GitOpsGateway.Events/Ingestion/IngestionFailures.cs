using GitOpsGateway.Events.Resilience;
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
    /// True for an outage that passes by itself (<see cref="TransientFailure"/>, the one classifier every loop uses),
    /// and for what only ingestion retries: a concurrent writer of the same stream, and a cancellation. Anything
    /// else, such as PostgreSQL's data exceptions (22xxx) or program limits (54000), a serializer refusing a value
    /// or a bug in the compiler, is deterministic.
    /// </summary>
    public static bool IsTransient(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return TransientFailure.IsTransient(exception)
            || Chain(exception).Any(failure => failure is ConcurrencyException or ExistingStreamIdCollisionException or OperationCanceledException);
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
