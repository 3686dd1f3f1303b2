using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace GitOpsGateway.DataPlane.Tests.Support;

/// <summary>
/// A backend whose answers the test scripts, for behaviours the echo backend cannot show: failing the first
/// requests only, or being slow for every request whatever its path.
/// </summary>
internal sealed class ScriptedBackend : IAsyncDisposable
{
    private readonly WebApplication _application;
    private long _requests;

    private ScriptedBackend(WebApplication application, int port)
    {
        _application = application;
        Port = port;
    }

    public int Port { get; }

    public long RequestCount => Interlocked.Read(ref _requests);

    /// <param name="handler">Gets the context and the request's number, 1 for the first.</param>
    public static async Task<ScriptedBackend> StartAsync(Func<HttpContext, long, Task> handler)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = "ScriptedBackend" });
        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var application = builder.Build();
        ScriptedBackend? backend = null;
        application.Run(context => handler(context, Interlocked.Increment(ref backend!._requests)));
        await application.StartAsync(TestContext.Current.CancellationToken);
        var address = application.Urls.Single();
        backend = new ScriptedBackend(application, new Uri(address).Port);
        return backend;
    }

    public async ValueTask DisposeAsync()
    {
        await _application.StopAsync(CancellationToken.None);
        await _application.DisposeAsync();
    }
}
