using System.Text;
using GitOpsGateway.NodeFeed.Storage;
using GitOpsGateway.NodeFeed.Tests.Support;
using GitOpsGateway.RouteTables;

namespace GitOpsGateway.NodeFeed.Tests.Storage;

public sealed class LastKnownGoodStoreTests : IDisposable
{
    private static readonly DateTimeOffset AppliedAt = new(2026, 11, 27, 12, 30, 0, TimeSpan.Zero);

    private readonly TemporaryDirectory state = new();

    [Fact]
    public async Task a_saved_version_loads_back_equal_from_the_gateway_s_folder()
    {
        var store = new LastKnownGoodStore(state.Path, SampleVersions.Edge);
        var version = SampleVersions.Version(12);

        await store.SaveAsync(version, AppliedAt, TestContext.Current.CancellationToken);
        var loaded = await new LastKnownGoodStore(state.Path, SampleVersions.Edge).TryLoadAsync(TestContext.Current.CancellationToken);

        Assert.Equal(Path.Combine(state.Path, "infra_edge", "table.json"), store.FilePath);
        Assert.Equal(new StoredVersion(version, AppliedAt), loaded);
    }

    [Fact]
    public async Task saving_again_replaces_the_file_and_leaves_no_temporary_files()
    {
        var store = new LastKnownGoodStore(state.Path, SampleVersions.Edge);
        await store.SaveAsync(SampleVersions.Version(1), AppliedAt, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(store.FilePath + ".0123.tmp", "left by a crash", TestContext.Current.CancellationToken);

        await store.SaveAsync(SampleVersions.Version(2), AppliedAt, TestContext.Current.CancellationToken);

        Assert.Equal(2, (await store.TryLoadAsync(TestContext.Current.CancellationToken))?.Version.Version);
        Assert.Equal(["table.json"], Directory.GetFiles(Path.GetDirectoryName(store.FilePath)!).Select(Path.GetFileName));
    }

    [Fact]
    public async Task nothing_saved_loads_as_null()
    {
        var store = new LastKnownGoodStore(state.Path, SampleVersions.Edge);

        Assert.Null(await store.TryLoadAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("flip one byte of the table")]
    [InlineData("truncate")]
    [InlineData("edit the checksum")]
    [InlineData("empty")]
    [InlineData("not json")]
    public async Task a_damaged_file_is_refused(string damage)
    {
        var store = new LastKnownGoodStore(state.Path, SampleVersions.Edge);
        await store.SaveAsync(SampleVersions.Version(7), AppliedAt, TestContext.Current.CancellationToken);
        var text = await File.ReadAllTextAsync(store.FilePath, TestContext.Current.CancellationToken);
        var damaged = damage switch
        {
            "flip one byte of the table" => text.Replace("10.0.0.7", "10.0.0.8", StringComparison.Ordinal),
            "truncate" => text[..(text.Length / 2)],
            "edit the checksum" => text.Replace("\"sha256\":\"", "\"sha256\":\"0", StringComparison.Ordinal),
            "empty" => "",
            _ => "table",
        };
        Assert.NotEqual(text, damaged);
        await File.WriteAllTextAsync(store.FilePath, damaged, TestContext.Current.CancellationToken);

        Assert.Null(await store.TryLoadAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task a_file_with_a_valid_checksum_but_a_table_not_matching_its_hash_is_refused()
    {
        var store = new LastKnownGoodStore(state.Path, SampleVersions.Edge);
        await store.SaveAsync(SampleVersions.Tampered(7), AppliedAt, TestContext.Current.CancellationToken);

        Assert.Null(await store.TryLoadAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task another_gateway_s_file_is_refused()
    {
        var edge = new LastKnownGoodStore(state.Path, SampleVersions.Edge);
        var other = new LastKnownGoodStore(state.Path, SampleVersions.Internal);
        await other.SaveAsync(SampleVersions.Version(3, SampleVersions.Internal), AppliedAt, TestContext.Current.CancellationToken);
        Directory.CreateDirectory(Path.GetDirectoryName(edge.FilePath)!);
        File.Copy(other.FilePath, edge.FilePath);

        Assert.Null(await edge.TryLoadAsync(TestContext.Current.CancellationToken));
        Assert.NotNull(await other.TryLoadAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("..", "edge")]
    [InlineData("infra", "a/b")]
    [InlineData("infra", "")]
    [InlineData("Infra", "edge")]
    public void a_gateway_name_that_is_not_a_kubernetes_name_is_not_used_as_a_path(string ns, string name)
    {
        var gateway = new NamespacedName { Namespace = ns, Name = name };

        Assert.Throws<ArgumentException>(() => new LastKnownGoodStore(state.Path, gateway));
    }

    [Fact]
    public async Task the_file_is_one_json_envelope_whose_checksum_covers_the_payload()
    {
        var store = new LastKnownGoodStore(state.Path, SampleVersions.Edge);
        await store.SaveAsync(SampleVersions.Version(7), AppliedAt, TestContext.Current.CancellationToken);

        var bytes = await File.ReadAllBytesAsync(store.FilePath, TestContext.Current.CancellationToken);
        using var document = System.Text.Json.JsonDocument.Parse(bytes);
        var payload = System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(document.RootElement.GetProperty("payload"));

        Assert.Equal(1, document.RootElement.GetProperty("format").GetInt32());
        Assert.Equal(
            Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(payload)),
            document.RootElement.GetProperty("sha256").GetString());
        Assert.Contains("\"appliedAt\":\"2026-11-27T12:30:00+00:00\"", Encoding.UTF8.GetString(payload), StringComparison.Ordinal);
    }

    public void Dispose() => state.Dispose();
}
