using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GitOpsGateway.ControlPlane.Health;

/// <summary><c>/healthz</c>: the process answers. <c>/readyz</c>: it can serve (see <see cref="Readiness"/>). Both anonymous.</summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet("/healthz", () => TypedResults.Text("ok")).AllowAnonymous().WithTags("Health");
        endpoints.MapGet("/readyz", async Task<IResult> (IDocumentStore store, CancellationToken cancellationToken) =>
            await Readiness.WhyNotReadyAsync(store, cancellationToken) is { } reason
                ? TypedResults.Text(reason, statusCode: StatusCodes.Status503ServiceUnavailable)
                : TypedResults.Text("ready"))
            .AllowAnonymous()
            .WithTags("Health");
        return endpoints;
    }
}
