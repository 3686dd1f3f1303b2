using GitOpsGateway.ControlPlane.Resilience;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GitOpsGateway.ControlPlane.Health;

/// <summary>
/// <c>/healthz</c>: the process answers (it stays 200 through outages: restarting would not help). <c>/readyz</c>:
/// it can serve (see <see cref="Readiness"/>); 503 names what it waits for, and a ready answer lists the outages
/// that do not stop it from serving (a Git remote). Both anonymous.
/// </summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet("/healthz", () => TypedResults.Text("ok")).AllowAnonymous().WithTags("Health");
        endpoints.MapGet("/readyz", async Task<IResult> (IDocumentStore store, DependencyOutages outages, DatabaseStartup startup, CancellationToken cancellationToken) =>
            await Readiness.WhyNotReadyAsync(store, outages, startup, cancellationToken) is { } reason
                ? TypedResults.Text(reason, statusCode: StatusCodes.Status503ServiceUnavailable)
                : TypedResults.Text(string.Join('\n', ["ready", .. outages.Degraded()])))
            .AllowAnonymous()
            .WithTags("Health");
        return endpoints;
    }
}
