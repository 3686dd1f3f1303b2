using System.Diagnostics;
using System.Net.Http.Json;
using GitOpsGateway.NodeFeed.Protocol;
using GitOpsGateway.NodeFeed.Server;
using GitOpsGateway.NodeFeed.Storage;
using GitOpsGateway.NodeFeed.Tests.Support;

namespace GitOpsGateway.NodeFeed.Tests.Client;

/// <summary>
/// The last-known-good file on a real, tiny tmpfs: filled up, then made read-only. The node keeps serving what it
/// applied, never damages the file it had, says so in its status and its report, and saves again once it can.
/// </summary>
public sealed class LastKnownGoodDiskFullTests : IAsyncLifetime
{
    private readonly TemporaryDirectory mountPoint = new();
    private bool mounted;

    public ValueTask InitializeAsync()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Skip("tmpfs mounts need Linux.");
        }

        var (exitCode, output) = Run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", mountPoint.Path);
        if (exitCode != 0)
        {
            Assert.Skip($"Mounting a tmpfs is not permitted here (run as root, or with CAP_SYS_ADMIN): {output}");
        }

        mounted = true;
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        if (mounted)
        {
            Run("umount", "-l", mountPoint.Path);
        }

        mountPoint.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task a_full_disk_keeps_the_old_file_whole_reports_the_failure_and_saves_again_once_space_returns()
    {
        var source = new InMemoryVersionFeedSource();
        source.Publish(SampleVersions.Version(1));
        await using var server = await FeedServer.StartAsync(source);
        await using var node = TestNode.Start(
            server.FeedBase, "node-a", stateDirectory: mountPoint.Path, adjust: options => options with { SaveRetryInterval = TimeSpan.FromMilliseconds(200) });
        var store = new LastKnownGoodStore(mountPoint.Path, SampleVersions.Edge);
        await Eventually.ReturnsAsync(() => store.TryLoadAsync(TestContext.Current.CancellationToken), saved => saved?.Version.Version == 1);
        var before = await File.ReadAllBytesAsync(store.FilePath, TestContext.Current.CancellationToken);
        var filler = Path.Combine(mountPoint.Path, "filler");
        FillUp(filler);

        source.Publish(SampleVersions.Version(2));

        await node.WaitForVersionAsync(2);
        var status = await Eventually.HoldsAsync(() => node.Subscriber.Status, status => status.AttemptErrors.Count > 0);
        Assert.Equal(2, status.AppliedVersion);
        Assert.Contains(status.AttemptErrors, error => error.Contains("not saved as last-known-good", StringComparison.Ordinal));
        await ReportedErrorAsync(server, expectError: true);
        Assert.Equal(before, await File.ReadAllBytesAsync(store.FilePath, TestContext.Current.CancellationToken));
        Assert.Equal(1, (await store.TryLoadAsync(TestContext.Current.CancellationToken))!.Version.Version);
        Assert.Equal(["filler", "infra_edge"], Directory.EnumerateFileSystemEntries(mountPoint.Path).Select(Path.GetFileName).Order());
        Assert.Equal(["table.json"], Directory.EnumerateFiles(Path.GetDirectoryName(store.FilePath)!).Select(Path.GetFileName));

        File.Delete(filler);

        var saved = await Eventually.ReturnsAsync(() => store.TryLoadAsync(TestContext.Current.CancellationToken), saved => saved?.Version.Version == 2);
        Assert.Equal(SampleVersions.Version(2), saved!.Version);
        await Eventually.HoldsAsync(() => node.Subscriber.Status, status => status.AttemptErrors.Count == 0);
        await ReportedErrorAsync(server, expectError: false);
    }

    [Fact]
    public async Task a_read_only_state_folder_keeps_the_old_file_and_the_node_saves_again_once_it_is_writable()
    {
        var source = new InMemoryVersionFeedSource();
        source.Publish(SampleVersions.Version(1));
        await using var server = await FeedServer.StartAsync(source);
        await using var node = TestNode.Start(
            server.FeedBase, "node-a", stateDirectory: mountPoint.Path, adjust: options => options with { SaveRetryInterval = TimeSpan.FromMilliseconds(200) });
        var store = new LastKnownGoodStore(mountPoint.Path, SampleVersions.Edge);
        await Eventually.ReturnsAsync(() => store.TryLoadAsync(TestContext.Current.CancellationToken), saved => saved?.Version.Version == 1);
        Assert.Equal(0, Run("mount", "-o", "remount,ro", mountPoint.Path).ExitCode);

        source.Publish(SampleVersions.Version(2));

        await node.WaitForVersionAsync(2);
        var status = await Eventually.HoldsAsync(() => node.Subscriber.Status, status => status.AttemptErrors.Count > 0);
        Assert.Equal(2, status.AppliedVersion);
        Assert.Equal(1, (await store.TryLoadAsync(TestContext.Current.CancellationToken))!.Version.Version);

        Assert.Equal(0, Run("mount", "-o", "remount,rw", mountPoint.Path).ExitCode);

        await Eventually.ReturnsAsync(() => store.TryLoadAsync(TestContext.Current.CancellationToken), saved => saved?.Version.Version == 2);
        await Eventually.HoldsAsync(() => node.Subscriber.Status, status => status.AttemptErrors.Count == 0);
    }

    /// <summary>Writes until the filesystem says it is full.</summary>
    private static void FillUp(string path)
    {
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1);
        var block = new byte[4096];
        try
        {
            while (true)
            {
                stream.Write(block);
            }
        }
        catch (IOException)
        {
            // ENOSPC: the tmpfs is full.
        }
    }

    private static async Task ReportedErrorAsync(FeedServer server, bool expectError)
    {
        using var client = server.CreateClient(FeedServer.ReaderToken);
        await Eventually.ReturnsAsync(
            () => client.GetFromJsonAsync("", NodeFeedJsonContext.Default.NodeListing, TestContext.Current.CancellationToken)!,
            listing => listing!.Nodes.Any(node => node.Report.Version == 2
                && node.Report.Errors.Any(error => error.Contains("not saved as last-known-good", StringComparison.Ordinal)) == expectError));
    }

    private static (int ExitCode, string Output) Run(string program, params string[] arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            var output = process.StandardError.ReadToEnd() + process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output);
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            return (-1, exception.Message);
        }
    }
}
