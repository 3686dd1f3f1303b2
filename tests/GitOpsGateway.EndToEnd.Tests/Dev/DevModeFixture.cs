using GitOpsGateway.EndToEnd.Tests.Support;

namespace GitOpsGateway.EndToEnd.Tests.Dev;

/// <summary>One dev-mode process shared by the tests of a class.</summary>
public sealed class DevModeFixture : IAsyncLifetime
{
    private DevModeProcess? dev;

    internal DevModeProcess Dev => dev ?? throw new InvalidOperationException("Dev mode did not start.");

    public async ValueTask InitializeAsync() => dev = await DevModeProcess.StartAsync();

    public async ValueTask DisposeAsync()
    {
        if (dev is not null)
        {
            await dev.DisposeAsync();
        }
    }
}
