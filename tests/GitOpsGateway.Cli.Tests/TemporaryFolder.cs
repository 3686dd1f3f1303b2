namespace GitOpsGateway.Cli.Tests;

/// <summary>A folder under the system temp directory, deleted with everything in it on disposal.</summary>
public sealed class TemporaryFolder : IDisposable
{
    public TemporaryFolder()
    {
        Path = Directory.CreateTempSubdirectory("ggctl-tests-").FullName;
    }

    public string Path { get; }

    /// <summary>Writes a file at a '/'-separated path below the folder, creating its folders.</summary>
    public string Write(string relativePath, string text)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return full;
    }

    /// <summary>Copies a folder's files (recursively) into this one.</summary>
    public void CopyFrom(string source)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = System.IO.Path.GetRelativePath(source, file);
            Write(relative, File.ReadAllText(file));
        }
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
