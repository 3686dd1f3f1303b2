using System.Text;
using GitOpsGateway.Testing.Logging;

namespace GitOpsGateway.Sources.Git.Tests;

public sealed class ManifestFilesTests : IDisposable
{
    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;
    private SourceScenario? scenario;

    private SourceScenario Scenario => scenario ?? throw new InvalidOperationException("Create it first.");

    public void Dispose() => scenario?.Dispose();

    [Fact]
    public async Task files_outside_the_folder_are_ignored_and_paths_are_relative_to_it()
    {
        await CreateAsync();
        var sha = await Scenario.CommitAndPushAsync(
            "layout",
            cancellation,
            ("deploy/gateway/edge.yaml", "kind: Gateway\n"),
            ("deploy/gateway/routes/web.yml", "kind: HTTPRoute\n"),
            ("deploy/gateway-old/stale.yaml", "kind: HTTPRoute\n"),
            ("deploy/other.yaml", "kind: Service\n"),
            ("root.yaml", "kind: Gateway\n"));

        var snapshot = await ReadAsync(sha, folder: "deploy/gateway/");

        Assert.Equal(["edge.yaml", "routes/web.yml"], snapshot.Commit.Files.Select(file => file.Path));
        Assert.Empty(snapshot.SkippedEntries);
    }

    [Fact]
    public async Task nested_folders_are_read_recursively_in_ordinal_path_order()
    {
        await CreateAsync();
        var sha = await Scenario.CommitAndPushAsync(
            "nested",
            cancellation,
            ("b.yaml", "1"),
            ("a/z.yaml", "2"),
            ("a/b/c/deep.json", "3"),
            ("A.yaml", "4"),
            ("a.b.yaml", "5"));

        var snapshot = await ReadAsync(sha);

        Assert.Equal(["A.yaml", "a.b.yaml", "a/b/c/deep.json", "a/z.yaml", "b.yaml"], snapshot.Commit.Files.Select(file => file.Path));
        Assert.Equal(["4", "5", "3", "2", "1"], snapshot.Commit.Files.Select(file => file.Text));
    }

    [Fact]
    public async Task non_manifest_files_are_ignored()
    {
        await CreateAsync();
        var sha = await Scenario.CommitAndPushAsync(
            "mixed",
            cancellation,
            ("route.yaml", "kind: HTTPRoute\n"),
            ("README.md", "# docs\n"),
            ("notes.txt", "todo\n"),
            ("yaml", "no extension\n"),
            ("backup.yaml.bak", "old\n"),
            ("SHOUTING.YAML", "kubectl ignores upper-case extensions too\n"),
            ("Mixed.Json", "{}\n"),
            ("script.sh", "#!/bin/sh\n"));

        var snapshot = await ReadAsync(sha);

        Assert.Equal(["route.yaml"], snapshot.Commit.Files.Select(file => file.Path));

        // Not read, but reported: a warning, so the author sees why the file does nothing.
        Assert.Equal(
            [("Mixed.Json", SkippedEntryReason.ExtensionCase), ("SHOUTING.YAML", SkippedEntryReason.ExtensionCase)],
            snapshot.SkippedEntries.Select(entry => (entry.Path, entry.Reason)));
        Assert.All(snapshot.SkippedEntries, entry => Assert.True(entry.IsWarning));
        Assert.All(snapshot.SkippedEntries, entry => Assert.Equal("Not read: manifest files end in lower-case .yaml, .yml or .json.", entry.Detail));
    }

    [Fact]
    public async Task deleted_files_disappear_at_the_next_commit()
    {
        await CreateAsync();
        var before = await Scenario.CommitAndPushAsync("add", cancellation, ("a.yaml", "a\n"), ("sub/b.yaml", "b\n"));
        Scenario.Remote.DeleteFile("sub/b.yaml");
        var after = await Scenario.CommitAndPushAsync("remove", cancellation);

        var reader = Scenario.OpenReader();
        await reader.FetchAsync(cancellation);

        Assert.Equal(["a.yaml", "sub/b.yaml"], reader.ReadCommit(before, cancellation).Commit.Files.Select(file => file.Path));
        Assert.Equal(["a.yaml"], reader.ReadCommit(after, cancellation).Commit.Files.Select(file => file.Path));
    }

    [Fact]
    public async Task a_missing_folder_gives_no_files()
    {
        await CreateAsync();
        var sha = await Scenario.CommitAndPushAsync("elsewhere", cancellation, ("other/a.yaml", "a\n"));

        var snapshot = await ReadAsync(sha, folder: "gateways");

        Assert.Empty(snapshot.Commit.Files);
        Assert.Empty(snapshot.SkippedEntries);
    }

    [Fact]
    public async Task text_is_decoded_as_utf8_without_its_byte_order_mark()
    {
        await CreateAsync();
        WriteBytes("bom.yaml", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("name: café ✓\n")]);
        WriteBytes("plain.yaml", Encoding.UTF8.GetBytes("name: Zürich\n"));
        var sha = await Scenario.CommitAndPushAsync("unicode", cancellation);

        var snapshot = await ReadAsync(sha);

        Assert.Equal(["name: café ✓\n", "name: Zürich\n"], snapshot.Commit.Files.Select(file => file.Text));
    }

    [Fact]
    public async Task a_file_that_is_not_utf8_is_skipped_with_a_reason()
    {
        await CreateAsync();
        WriteBytes("latin1.yaml", [.. "name: caf"u8, 0xE9, (byte)'\n']);
        var sha = await Scenario.CommitAndPushAsync("latin-1", cancellation, ("good.yaml", "ok\n"));

        var snapshot = await ReadAsync(sha);

        Assert.Equal(["good.yaml"], snapshot.Commit.Files.Select(file => file.Path));
        var skipped = Assert.Single(snapshot.SkippedEntries);
        Assert.Equal(("latin1.yaml", SkippedEntryReason.NotUtf8, 1), (skipped.Path, skipped.Reason, skipped.Line));
        Assert.Contains("byte 0xE9 at offset 9 (line 1)", skipped.Detail, StringComparison.Ordinal);
        Assert.Equal(snapshot.SkippedEntries, snapshot.Commit.SkippedEntries);
    }

    [Fact]
    public async Task a_file_over_the_size_cap_is_skipped_and_one_at_the_cap_is_read()
    {
        await CreateAsync();
        WriteBytes("at-cap.yaml", Filler(GitSourceReader.MaxManifestBytes));
        WriteBytes("over-cap.json", Filler(GitSourceReader.MaxManifestBytes + 1));
        var sha = await Scenario.CommitAndPushAsync("big", cancellation);

        var snapshot = await ReadAsync(sha);

        var file = Assert.Single(snapshot.Commit.Files);
        Assert.Equal(("at-cap.yaml", GitSourceReader.MaxManifestBytes), (file.Path, (long)file.Text.Length));
        var skipped = Assert.Single(snapshot.SkippedEntries);
        Assert.Equal(("over-cap.json", SkippedEntryReason.Oversized), (skipped.Path, skipped.Reason));
        Assert.Contains("8388609 bytes", skipped.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task symlinks_and_submodules_are_skipped_with_a_note_and_logged()
    {
        await CreateAsync();
        Scenario.Remote.WriteFile("real/route.yaml", "kind: HTTPRoute\n");
        File.CreateSymbolicLink(Path.Combine(Scenario.Remote.WorkingPath, "linked.yaml"), "real/route.yaml");
        File.CreateSymbolicLink(Path.Combine(Scenario.Remote.WorkingPath, "escape"), "/etc");
        var sha = await Scenario.CommitAndPushAsync("links", cancellation);
        await Scenario.Remote.RunGitAsync(["update-index", "--add", "--cacheinfo", $"160000,{sha},vendor/charts"], cancellation);

        // "git add --all" would stage the gitlink's missing folder as a deletion, so commit the index as it is.
        await Scenario.Remote.RunGitAsync(
            ["-c", "user.name=Test Author", "-c", "user.email=author@example.test", "commit", "--quiet", "-m", "submodule"], cancellation);
        var withSubmodule = await Scenario.Remote.HeadShaAsync(cancellation);
        await Scenario.Remote.PushAsync(cancellation);
        var logger = new RecordingLogger();

        var snapshot = await ReadAsync(withSubmodule, logger: logger);

        Assert.Equal(["real/route.yaml"], snapshot.Commit.Files.Select(file => file.Path));
        Assert.Equal(
            [("escape", SkippedEntryReason.SymbolicLink), ("linked.yaml", SkippedEntryReason.SymbolicLink), ("vendor/charts", SkippedEntryReason.Submodule)],
            snapshot.SkippedEntries.Select(entry => (entry.Path, entry.Reason)));
        Assert.Equal(3, logger.CountOf(2005));
    }

    [Theory]
    [InlineData("..")]
    [InlineData("../elsewhere")]
    [InlineData("gateways/../../elsewhere")]
    [InlineData("gateways/..")]
    [InlineData("/etc")]
    public async Task a_folder_that_could_leave_the_repository_is_refused(string folder)
    {
        await CreateAsync();

        var refusal = Assert.Throws<ArgumentException>(() => new GitSourceReader(Scenario.Source(folder), Scenario.WorkingDirectory));

        Assert.Contains(folder, refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_commit_missing_from_the_clone_is_refused()
    {
        await CreateAsync();
        await Scenario.CommitAndPushAsync("base", cancellation, ("a.yaml", "a\n"));
        var reader = Scenario.OpenReader();
        await reader.FetchAsync(cancellation);

        Assert.Throws<ArgumentException>(() => reader.ReadCommit("0123456789abcdef0123456789abcdef01234567", cancellation));
    }

    private static byte[] Filler(long length)
    {
        var bytes = new byte[length];
        bytes.AsSpan().Fill((byte)'x');
        return bytes;
    }

    private void WriteBytes(string relativePath, byte[] content)
    {
        var path = Path.Combine(Scenario.Remote.WorkingPath, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
    }

    private async Task<GitCommitSnapshot> ReadAsync(string sha, string folder = "", RecordingLogger? logger = null)
    {
        var reader = Scenario.OpenReader(folder, logger);
        await reader.FetchAsync(cancellation);
        return reader.ReadCommit(sha, cancellation);
    }

    private async Task CreateAsync() => scenario = await SourceScenario.CreateAsync(cancellation);
}
