using GitOpsGateway.DataPlane.Snapshots;
using GitOpsGateway.Testing.Logging;

namespace GitOpsGateway.DataPlane.Tests.Snapshots;

public sealed class HeapTrimmerTests
{
    private const int HeapTrimmedEvent = 1005;

    [Fact]
    public async Task requests_within_the_quiet_period_lead_to_one_trim_once_it_has_passed()
    {
        var log = new RecordingLogger();
        var trimmer = new HeapTrimmer(TimeSpan.FromMilliseconds(200), log);

        trimmer.Request();
        trimmer.Request();
        await WaitForTrimsAsync(log, 1);
        await Task.Delay(TimeSpan.FromMilliseconds(400), TestContext.Current.CancellationToken);

        Assert.Equal(1, log.CountOf(HeapTrimmedEvent));
    }

    [Fact]
    public async Task a_zero_quiet_period_turns_trimming_off()
    {
        var log = new RecordingLogger();
        var trimmer = new HeapTrimmer(TimeSpan.Zero, log);

        trimmer.Request();
        await Task.Delay(TimeSpan.FromMilliseconds(300), TestContext.Current.CancellationToken);

        Assert.Equal(0, log.CountOf(HeapTrimmedEvent));
    }

    private static async Task WaitForTrimsAsync(RecordingLogger log, int count)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (log.CountOf(HeapTrimmedEvent) < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }

        Assert.Equal(count, log.CountOf(HeapTrimmedEvent));
    }
}
