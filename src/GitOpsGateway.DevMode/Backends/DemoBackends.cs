using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace GitOpsGateway.DevMode.Backends;

/// <summary>The demo echo backends on 127.0.0.1, one Kestrel server listening on each backend's port.</summary>
public sealed class DemoBackends : IAsyncDisposable
{
    private readonly WebApplication application;

    private DemoBackends(WebApplication application, IReadOnlyList<DemoBackend> backends)
    {
        this.application = application;
        Backends = backends;
    }

    public IReadOnlyList<DemoBackend> Backends { get; }

    /// <exception cref="DevModeException">A port is taken.</exception>
    public static async Task<DemoBackends> StartAsync(IReadOnlyList<DemoBackend> backends, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(backends);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = "DemoBackends" });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            foreach (var backend in backends)
            {
                kestrel.Listen(IPAddress.Loopback, backend.Port);
            }
        });
        builder.Logging.ClearProviders();
        var application = builder.Build();
        application.Run(new DemoEchoResponder(backends.ToDictionary(backend => backend.Port, backend => backend.Name)).HandleAsync);
        try
        {
            await application.StartAsync(cancellationToken);
        }
        catch (IOException exception)
        {
            await application.DisposeAsync();
            throw new DevModeException(
                $"The demo backends need ports {string.Join(", ", backends.Select(backend => backend.Port))} on 127.0.0.1: {exception.Message}", exception);
        }

        return new DemoBackends(application, backends);
    }

    public async ValueTask DisposeAsync()
    {
        await application.StopAsync(CancellationToken.None);
        await application.DisposeAsync();
    }
}
