using LibGit2Sharp;

namespace GitOpsGateway.Sources.Git;

/// <summary>
/// Merges a clone's pack files into one once there are more than <see cref="MaxPackFiles"/>. libgit2 stores every fetch
/// as a pack of its own and never repacks, and an open repository keeps each pack's file open and mapped: left alone, a
/// source that changes every few seconds gains a pack, a file descriptor and two memory maps per commit for as long as
/// the control plane runs, and every object lookup has more indexes to search.
/// </summary>
/// <remarks>
/// Every object is packed, reachable or not (the clone keeps commits a force-push removed). The new pack is moved in
/// before the old ones go, each pack before its index and each index before its pack when deleting, so a crash at any
/// point leaves every object readable (at worst twice) and the next compaction tidies up. The repository must be closed
/// while the old packs are deleted: the caller reopens it.
/// </remarks>
internal static class PackCompaction
{
    /// <summary>More packs than this are merged; the bound on the clone's open pack files is one more.</summary>
    public const int MaxPackFiles = 32;

    private const string StagingFolderName = "compaction";

    public static string PackDirectory(string gitDirectory) => Path.Combine(gitDirectory, "objects", "pack");

    public static IReadOnlyList<string> PackFiles(string gitDirectory) =>
        Directory.Exists(PackDirectory(gitDirectory)) ? Directory.GetFiles(PackDirectory(gitDirectory), "pack-*.pack") : [];

    /// <summary>Writes every object of <paramref name="repository"/> into one new pack in a staging folder of the clone.</summary>
    public static string WriteSinglePack(Repository repository, string gitDirectory)
    {
        ArgumentNullException.ThrowIfNull(repository);
        var staging = Path.Combine(gitDirectory, "objects", StagingFolderName);
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }

        Directory.CreateDirectory(staging);

        // One thread: the control plane shares its cores with the admin API and the node feed.
        repository.ObjectDatabase.Pack(new PackBuilderOptions(staging) { MaximumNumberOfThreads = 1 });
        return staging;
    }

    /// <summary>With the repository closed: moves the staged pack in and deletes the packs it replaces.</summary>
    public static void Replace(string gitDirectory, string staging, IReadOnlyCollection<string> replacedPacks)
    {
        var packDirectory = PackDirectory(gitDirectory);
        var staged = Directory.GetFiles(staging, "pack-*.pack");
        var kept = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pack in staged)
        {
            var index = Path.ChangeExtension(pack, ".idx");
            var target = Path.Combine(packDirectory, Path.GetFileName(pack));
            File.Move(pack, target, overwrite: true);
            File.Move(index, Path.ChangeExtension(target, ".idx"), overwrite: true);
            kept.Add(target);
        }

        foreach (var pack in replacedPacks.Where(pack => !kept.Contains(pack)))
        {
            File.Delete(Path.ChangeExtension(pack, ".idx"));
            foreach (var companion in Directory.GetFiles(packDirectory, Path.GetFileNameWithoutExtension(pack) + ".*"))
            {
                File.Delete(companion);
            }
        }

        Directory.Delete(staging, recursive: true);
    }
}
