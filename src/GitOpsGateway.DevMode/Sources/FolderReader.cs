using Microsoft.Win32.SafeHandles;

namespace GitOpsGateway.DevMode.Sources;

/// <summary>
/// Reads the watched folder for the mirror without ever reading anything outside it. On Linux every entry is
/// examined and opened relative to its parent folder's open handle, without following links: a symbolic link (to a
/// file or a folder) is reported as a link with its target, never followed, so loops cannot happen; a FIFO, device
/// or socket is never opened; a regular file is opened non-blocking and checked to be the file that was examined;
/// a file with hard links is read only when all its names are inside the folder, since any other name may be the
/// file's own outside it. Hidden entries are skipped. Entries come back in ordinal order of their paths.
/// </summary>
public static class FolderReader
{
    public static IReadOnlyList<FolderEntry> Read(string folder, CancellationToken cancellationToken)
    {
        var entries = OperatingSystem.IsLinux() ? ReadLinux(folder, cancellationToken) : ReadManaged(folder, cancellationToken);
        entries.Sort((left, right) => string.CompareOrdinal(left.Path, right.Path));
        return entries;
    }

    private static List<FolderEntry> ReadLinux(string folder, CancellationToken cancellationToken)
    {
        var entries = new List<FolderEntry>();
        var linked = new List<(int Index, FileStatus Status)>();
        using (var root = LinuxFileSystem.OpenRoot(folder))
        {
            Walk(root, string.Empty, entries, linked, cancellationToken);
        }

        // A file's link count includes every name it has; names seen inside the folder account for some of them.
        var namesInside = linked.GroupBy(file => (file.Status.Device, file.Status.Inode)).ToDictionary(group => group.Key, group => group.Count());
        foreach (var (index, status) in linked)
        {
            if (status.Links > namesInside[(status.Device, status.Inode)])
            {
                entries[index] = entries[index] with
                {
                    Kind = FolderEntryKind.Refused,
                    Content = ReadOnlyMemory<byte>.Empty,
                    Refusal = "it is a hard link to a file that also has a name outside the folder, so it is not read",
                };
            }
        }

        return entries;
    }

    private static void Walk(
        SafeFileHandle directory, string prefix, List<FolderEntry> entries, List<(int, FileStatus)> linked, CancellationToken cancellationToken)
    {
        foreach (var name in LinuxFileSystem.Names(directory).Order(StringComparer.Ordinal).ToList())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (name.StartsWith('.') || LinuxFileSystem.StatusOf(directory, name) is not { } status)
            {
                continue;
            }

            var path = prefix + name;
            if (status.IsDirectory)
            {
                using var child = LinuxFileSystem.OpenDirectory(directory, name);
                if (child is not null)
                {
                    Walk(child, path + "/", entries, linked, cancellationToken);
                }
            }
            else if (status.IsSymbolicLink)
            {
                entries.Add(new FolderEntry(path, FolderEntryKind.SymbolicLink, LinuxFileSystem.LinkTarget(directory, name)));
            }
            else if (!status.IsRegularFile)
            {
                entries.Add(new FolderEntry(path, FolderEntryKind.Refused, ReadOnlyMemory<byte>.Empty, $"it is {status.Describe()}, which is never read"));
            }
            else if (ReadFile(directory, name, status) is { } content)
            {
                if (status.Links > 1)
                {
                    linked.Add((entries.Count, status));
                }

                entries.Add(new FolderEntry(path, FolderEntryKind.File, content));
            }
        }
    }

    /// <returns>The bytes, or null when the name now holds something else than the file examined (it is read next time).</returns>
    private static byte[]? ReadFile(SafeFileHandle directory, string name, FileStatus examined)
    {
        using var handle = LinuxFileSystem.OpenFile(directory, name);
        if (handle is null)
        {
            return null;
        }

        var opened = LinuxFileSystem.StatusOf(handle);
        if (!opened.IsRegularFile || !opened.IsSameFile(examined))
        {
            return null;
        }

        var content = new byte[opened.Size];
        var total = 0;
        while (total < content.Length)
        {
            var read = RandomAccess.Read(handle, content.AsSpan(total), total);
            if (read == 0)
            {
                return content[..total];
            }

            total += read;
        }

        return content;
    }

    /// <summary>Elsewhere: links are recorded, never followed; special files and hard links cannot be told apart here.</summary>
    private static List<FolderEntry> ReadManaged(string folder, CancellationToken cancellationToken)
    {
        var entries = new List<FolderEntry>();
        var pending = new Stack<(DirectoryInfo Directory, string Prefix)>();
        pending.Push((new DirectoryInfo(folder), string.Empty));
        while (pending.TryPop(out var current))
        {
            foreach (var entry in current.Directory.EnumerateFileSystemInfos())
            {
                cancellationToken.ThrowIfCancellationRequested();
                var path = current.Prefix + entry.Name;
                if (entry.Name.StartsWith('.'))
                {
                    continue;
                }

                if (entry.LinkTarget is { } target)
                {
                    entries.Add(new FolderEntry(path, FolderEntryKind.SymbolicLink, System.Text.Encoding.UTF8.GetBytes(target)));
                }
                else if (entry is DirectoryInfo child)
                {
                    pending.Push((child, path + "/"));
                }
                else
                {
                    entries.Add(new FolderEntry(path, FolderEntryKind.File, File.ReadAllBytes(entry.FullName)));
                }
            }
        }

        return entries;
    }
}
