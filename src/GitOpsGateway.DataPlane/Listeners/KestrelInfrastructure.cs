using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GitOpsGateway.DataPlane.Listeners;

/// <summary>
/// The services Kestrel's own TLS middleware resolves (its metrics, HTTPS configuration), which only
/// <c>UseKestrelCore</c> registers and which are internal types. Our per-port servers are not the host's server, so
/// they get them from this small container of their own, built once and never started; logs still go to the
/// host's logger factory.
/// </summary>
internal sealed class KestrelInfrastructure : IAsyncDisposable
{
    private readonly WebApplication _container;

    public KestrelInfrastructure(ILoggerFactory loggerFactory)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = "GitOpsGateway.DataPlane" });
        builder.WebHost.UseKestrelCore();
        builder.Services.AddSingleton(loggerFactory);
        _container = builder.Build();
    }

    public IServiceProvider Services => _container.Services;

    public ValueTask DisposeAsync() => _container.DisposeAsync();
}
