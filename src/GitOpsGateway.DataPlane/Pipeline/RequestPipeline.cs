using GitOpsGateway.DataPlane.Listeners;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http;

namespace GitOpsGateway.DataPlane.Pipeline;

/// <summary>
/// The node's one request pipeline, shared by every listener port: our routing first, then YARP's catch-all
/// route whose proxy pipeline runs our attempt middleware before load balancing and forwarding.
/// </summary>
internal static class RequestPipeline
{
    public static IHttpApplication<HttpContext> Build(IServiceProvider services)
    {
        var application = new ApplicationBuilder(services);
        application.UseMiddleware<GatewayMiddleware>();
        application.UseRouting();
        application.UseEndpoints(endpoints => endpoints.MapReverseProxy(proxy =>
        {
            proxy.UseMiddleware<AttemptMiddleware>();
            proxy.UseLoadBalancing();
        }));
        return new DataPlaneHttpApplication(application.Build(), new DefaultHttpContextFactory(services));
    }
}
