using GitOpsGateway.Testing.Processes;

namespace GitOpsGateway.FaultInjection.Tests.Support;

/// <summary>A tiny tmpfs mounted over a folder (needs root), and a file filling it to the last byte: a disk that is full.</summary>
internal sealed class TmpfsMount : IAsyncDisposable
{
    private readonly string directory;

    private TmpfsMount(string directory) => this.directory = directory;

    public static async Task<TmpfsMount> MountAsync(string directory, string size)
    {
        Directory.CreateDirectory(directory);
        await RunAsync("mount", ["-t", "tmpfs", "-o", "size=" + size, "tmpfs", directory]);
        return new TmpfsMount(directory);
    }

    /// <summary>Writes a filler file until the file system refuses another byte; returns its size.</summary>
    public long Fill()
    {
        var filler = Path.Combine(directory, "filler");
        var chunk = new byte[1024];
        long written = 0;
        using var stream = new FileStream(filler, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1);
        try
        {
            while (true)
            {
                stream.Write(chunk);
                written += chunk.Length;
            }
        }
        catch (IOException)
        {
            // Full: what fits stays.
        }

        try
        {
            for (var one = new byte[1]; ; written++)
            {
                stream.Write(one);
            }
        }
        catch (IOException)
        {
            return written;
        }
    }

    public void Free() => File.Delete(Path.Combine(directory, "filler"));

    public async ValueTask DisposeAsync() => await RunAsync("umount", ["-l", directory]);

    private static async Task RunAsync(string command, string[] arguments)
    {
        await using var process = ProjectProcess.Start(command, arguments);
        var exit = await process.WaitForExitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);
        if (exit != 0)
        {
            throw new InvalidOperationException($"`{process.CommandLine}` exited with {exit}: {process.Output}");
        }
    }
}
