using System.Net;
using System.Net.Sockets;
using GitOpsGateway.EndToEnd.Tests.Support;

namespace GitOpsGateway.EndToEnd.Tests.Dev;

/// <summary>Ctrl-C ends dev mode completely: its own dev process, since the test stops it.</summary>
[Collection(DevModeCollection.Name)]
public sealed class DevModeShutdownTests
{
    [Fact]
    public async Task ctrl_c_stops_every_process_and_deletes_the_temporary_folder()
    {
        await using var dev = await DevModeProcess.StartAsync();
        Assert.True(Directory.Exists(dev.TemporaryFolder), $"The banner named {dev.TemporaryFolder}, which does not exist.");
        Assert.NotEmpty(ProcessesMentioning(dev.TemporaryFolder));

        var exitCode = await dev.InterruptAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(0, exitCode);
        Assert.False(Directory.Exists(dev.TemporaryFolder), $"{dev.TemporaryFolder} is still there.");
        Assert.Empty(ProcessesMentioning(dev.TemporaryFolder));
        Assert.False(await AcceptsConnectionsAsync(dev.PostgresPort), $"PostgreSQL still answers on port {dev.PostgresPort}.");
        Assert.False(await AcceptsConnectionsAsync(DevModeProcess.HttpPort), "The node still answers on port 8080.");
    }

    /// <summary>Process ids whose command line names <paramref name="text"/> (PostgreSQL's server names its data folder).</summary>
    private static List<int> ProcessesMentioning(string text) =>
        [.. Directory.EnumerateDirectories("/proc")
            .Select(folder => (Id: int.TryParse(Path.GetFileName(folder), out var id) ? id : -1, Folder: folder))
            .Where(process => process.Id > 0 && CommandLine(process.Folder).Contains(text, StringComparison.Ordinal))
            .Select(process => process.Id)];

    private static string CommandLine(string processFolder)
    {
        try
        {
            return File.ReadAllText(Path.Combine(processFolder, "cmdline")).Replace('\0', ' ');
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }

    private static async Task<bool> AcceptsConnectionsAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port, TestContext.Current.CancellationToken);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
