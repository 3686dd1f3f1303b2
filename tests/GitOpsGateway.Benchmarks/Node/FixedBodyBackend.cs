using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GitOpsGateway.Benchmarks.Node;

/// <summary>
/// The backend behind both proxies: Kestrel answering every request with the same two bytes, so that the proxy,
/// not the backend, limits the rate (it serves ~100k rps on one core of this machine, the proxies ~25k).
/// </summary>
internal static class FixedBodyBackend
{
    public const string Body = "ok";

    public static async Task RunAsync(int port, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.ListenLocalhost(port));
        await using var application = builder.Build();
        application.Run(context =>
        {
            context.Response.ContentType = "text/plain";
            return context.Response.WriteAsync(Body, context.RequestAborted);
        });
        await application.StartAsync(cancellationToken);
        await application.WaitForShutdownAsync(cancellationToken);
    }
}
