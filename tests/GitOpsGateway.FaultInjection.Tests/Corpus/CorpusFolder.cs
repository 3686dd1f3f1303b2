using GitOpsGateway.Testing.Processes;

namespace GitOpsGateway.FaultInjection.Tests.Corpus;

/// <summary>Writes inputs into a folder (a working clone's source folder, or a scratch folder for the in-process run).</summary>
internal static class CorpusFolder
{
    public static async Task WriteAsync(string folder, HostileInput input)
    {
        foreach (var file in input.Files)
        {
            var path = Path.Combine(folder, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllBytesAsync(path, file.Content, TestContext.Current.CancellationToken);
        }

        foreach (var link in input.Links)
        {
            var path = Path.Combine(folder, link.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            if (File.Exists(path))
            {
                // An edit that turns the file into a link.
                File.Delete(path);
            }

            if (link.Hard)
            {
                // .NET has no hard-link API; ln(1) makes a real one.
                await using var ln = ProjectProcess.Start("ln", [Path.Combine(folder, link.Target), path]);
                Assert.Equal(0, await ln.WaitForExitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken));
            }
            else
            {
                File.CreateSymbolicLink(path, link.Target);
            }
        }
    }

    /// <summary>Removes what <see cref="WriteAsync"/> added under <paramref name="folder"/> (a class's whole subfolder when given).</summary>
    public static void Remove(string folder, HostileInput input)
    {
        foreach (var path in input.Links.Select(link => link.Path).Concat(input.Files.Select(file => file.Path)))
        {
            var full = Path.Combine(folder, path);
            if (File.Exists(full) || new FileInfo(full).LinkTarget is not null)
            {
                File.Delete(full);
            }
            else if (Directory.Exists(full))
            {
                Directory.Delete(full, recursive: true);
            }
        }
    }
}
