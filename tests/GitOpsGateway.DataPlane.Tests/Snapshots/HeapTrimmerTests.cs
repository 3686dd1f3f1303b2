using GitOpsGateway.DataPlane.Snapshots;
using Microsoft.Extensions.Logging.Abstractions;

namespace GitOpsGateway.DataPlane.Tests.Snapshots;

public sealed class HeapTrimmerTests
{
    [Fact]
    public async Task a_request_leads_to_one_full_collection_once_the_quiet_period_has_passed()
    {
        var trimmer = new HeapTrimmer(TimeSpan.FromMilliseconds(50), NullLogger.Instance);
        var before = GC.CollectionCount(GC.MaxGeneration);

        trimmer.Request();
        trimmer.Request();

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (GC.CollectionCount(GC.MaxGeneration) == before && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }

        Assert.True(GC.CollectionCount(GC.MaxGeneration) > before, "a full collection ran after the quiet period");
    }
}
