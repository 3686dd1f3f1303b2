using Microsoft.Extensions.Hosting;

namespace GitOpsGateway.DataPlane;

/// <summary>Starts and stops the node with the host.</summary>
internal sealed class DataPlaneHostedService(DataPlaneNode node) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => node.StartAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => node.StopAsync(cancellationToken);
}
