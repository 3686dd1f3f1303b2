using System.Globalization;
using GitOpsGateway.Events.Resilience;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GitOpsGateway.ControlPlane.Resilience;

/// <summary>
/// Answers a request that failed because PostgreSQL is unreachable with 503, <c>Retry-After</c> and the reason as
/// problem details, instead of a bare 500: the admin API's reads and commands need the database, and a caller (ggctl,
/// a script, an operator's curl) must be able to tell "try again later" from a bug. Anything else propagates.
/// </summary>
internal sealed class DatabaseUnavailableAnswer(RequestDelegate next, ILogger<DatabaseUnavailableAnswer> logger)
{
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception exception) when (TransientFailure.IsTransient(exception) && !context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            var reason = TransientFailure.Describe(exception);
            ResilienceLog.RequestWithoutDatabase(logger, context.Request.Method, context.Request.Path, reason);
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = ((int)RetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            await Results.Problem(
                    title: "The database is unreachable; try again later.",
                    detail: reason,
                    statusCode: StatusCodes.Status503ServiceUnavailable)
                .ExecuteAsync(context);
        }
    }
}
