using System.Globalization;
using System.Text.Unicode;
using GitOpsGateway.GatewayApi.Loading;
using LibGit2Sharp;

namespace GitOpsGateway.Sources.Git;

/// <summary>
/// Reads every <c>*.yaml</c>, <c>*.yml</c> and <c>*.json</c> blob below a tree (recursively), as kubectl picks
/// files: by exact, lower-case extension. Symlinks and submodules are never followed and are reported as skipped,
/// whatever their names, because either may hide manifests the user expects to be read. A file whose extension is
/// a manifest extension in another case (<c>ROUTE.YAML</c>) is not read either, but reported, for the same reason.
/// </summary>
internal static class ManifestTreeReader
{
    private static readonly string[] ManifestExtensions = [".yaml", ".yml", ".json"];

    public static FolderContent Read(Repository repository, Tree folder, long maxManifestBytes, CancellationToken cancellationToken)
    {
        var files = new List<ManifestFile>();
        var skipped = new List<SkippedEntry>();
        var pending = new Stack<(Tree Tree, string Prefix)>();
        pending.Push((folder, string.Empty));
        while (pending.TryPop(out var current))
        {
            foreach (var entry in current.Tree)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var path = current.Prefix + entry.Name;
                switch (entry.Mode)
                {
                    case Mode.Directory:
                        pending.Push(((Tree)entry.Target, path + "/"));
                        break;
                    case Mode.SymbolicLink:
                        skipped.Add(new SkippedEntry(path, SkippedEntryReason.SymbolicLink, "Symbolic links are not followed."));
                        break;
                    case Mode.GitLink:
                        skipped.Add(new SkippedEntry(
                            path, SkippedEntryReason.Submodule, "Submodules are not read; their content lives in another repository."));
                        break;
                    case Mode.NonExecutableFile or Mode.ExecutableFile or Mode.NonExecutableGroupWritableFile
                        when IsManifestName(entry.Name):
                        ReadManifest(repository, entry, path, maxManifestBytes, files, skipped);
                        break;
                    case Mode.NonExecutableFile or Mode.ExecutableFile or Mode.NonExecutableGroupWritableFile
                        when IsManifestNameInAnotherCase(entry.Name):
                        skipped.Add(new SkippedEntry(
                            path, SkippedEntryReason.ExtensionCase, "Not read: manifest files end in lower-case .yaml, .yml or .json."));
                        break;
                    default:
                        break;
                }
            }
        }

        files.Sort((left, right) => string.CompareOrdinal(left.Path, right.Path));
        skipped.Sort((left, right) => string.CompareOrdinal(left.Path, right.Path));
        return new FolderContent(files, skipped);
    }

    private static bool IsManifestName(string name) =>
        ManifestExtensions.Any(extension => name.EndsWith(extension, StringComparison.Ordinal));

    private static bool IsManifestNameInAnotherCase(string name) =>
        ManifestExtensions.Any(extension => name.EndsWith(extension, StringComparison.OrdinalIgnoreCase));

    private static void ReadManifest(
        Repository repository,
        TreeEntry entry,
        string path,
        long maxManifestBytes,
        List<ManifestFile> files,
        List<SkippedEntry> skipped)
    {
        // The object header gives the size without inflating a huge blob that is about to be refused anyway.
        var size = repository.ObjectDatabase.RetrieveObjectMetadata(entry.Target.Id).Size;
        if (size > maxManifestBytes)
        {
            skipped.Add(new SkippedEntry(
                path,
                SkippedEntryReason.Oversized,
                string.Create(CultureInfo.InvariantCulture, $"{size} bytes is over the {maxManifestBytes}-byte limit for a manifest file.")));
            return;
        }

        var content = new byte[size];
        using (var stream = ((Blob)entry.Target).GetContentStream())
        {
            stream.ReadExactly(content);
        }

        var text = StripByteOrderMark(content);
        if (!Utf8.IsValid(text))
        {
            var (offset, line) = FirstInvalidByte(text);
            skipped.Add(new SkippedEntry(
                path,
                SkippedEntryReason.NotUtf8,
                string.Create(CultureInfo.InvariantCulture, $"The file is not valid UTF-8 text: byte 0x{text[offset]:X2} at offset {offset} (line {line}) starts no UTF-8 character."),
                line));
            return;
        }

        files.Add(new ManifestFile(path, System.Text.Encoding.UTF8.GetString(text)));
    }

    /// <summary>Where decoding stops, so the message can point at the byte to fix (a Latin-1 'é' in a comment, typically).</summary>
    private static (int Offset, int Line) FirstInvalidByte(ReadOnlySpan<byte> text)
    {
        var offset = 0;
        while (offset < text.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(text[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                break;
            }

            offset += consumed;
        }

        offset = Math.Min(offset, text.Length - 1);
        return (offset, text[..offset].Count((byte)'\n') + 1);
    }

    private static ReadOnlySpan<byte> StripByteOrderMark(ReadOnlySpan<byte> content) =>
        content.StartsWith("\uFEFF"u8) ? content[3..] : content;
}
