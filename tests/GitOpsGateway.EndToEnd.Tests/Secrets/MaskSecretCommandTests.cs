using System.Text;
using GitOpsGateway.EndToEnd.Tests.Routing;
using GitOpsGateway.EndToEnd.Tests.Support;
using GitOpsGateway.Host.MaskSecretCommand;
using GitOpsGateway.Host.RebuildCommand;
using GitOpsGateway.Testing.Git;
using GitOpsGateway.Testing.Postgres;
using GitOpsGateway.Testing.Processes;
using Npgsql;

namespace GitOpsGateway.EndToEnd.Tests.Secrets;

/// <summary><c>gitops-gateway mask-secret</c> through the built executable, on a store an older version leaked a key into.</summary>
public sealed class MaskSecretCommandTests(ITestOutputHelper output)
{
    [Fact]
    public async Task a_key_leaked_into_events_and_read_models_is_masked_everywhere_and_journalled_by_hash_only()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var root = Directory.CreateTempSubdirectory("gitops-gateway-mask-").FullName;
        await using var database = await PostgresDatabase.CreateAsync(cancellation);
        using var remote = await GitRemoteRepository.CreateAsync(cancellation);
        foreach (var (path, content) in ShopManifests.Files(backendPort: 9, revision: 1))
        {
            remote.WriteFile(path, content);
        }

        await remote.CommitAsync("Revision 1", cancellationToken: cancellation);
        await remote.PushAsync(cancellation);
        long? active;
        await using (var controlPlane = await ControlPlaneInstance.StartAsync(database.ConnectionString, remote.BarePath, Path.Combine(root, "cp"), FreePort.Next()))
        {
            await Eventually.WaitForAsync(async () => await controlPlane.ActiveVersionAsync(ShopManifests.Gateway) is not null, "the first version");
            active = await controlPlane.ActiveVersionAsync(ShopManifests.Gateway);
        }

        var key = PemKeyPair.Create("leak.shop.example.com").PrivateKeyPem.Trim();
        var planted = Planted(key);
        await PlantAsync(database, key, cancellation);
        Assert.Equal(0, (await RunAsync(["rebuild-projections", "--database", database.ConnectionString], cancellation)).Code);
        var leaked = await StoredText.ReadAllAsync(database.ConnectionString, cancellation);
        Assert.Equal(planted.Keys.Order(), StoredText.Found(leaked, planted).Order());
        Assert.True(await DocumentsHoldingAsync(database, planted["key line 1"], cancellation) > 0, "the rebuilt read models hold the leak");

        var valueFile = Path.Combine(root, "leaked.pem");
        await File.WriteAllTextAsync(valueFile, key + "\n", cancellation);
        var (code, report) = await RunAsync(["mask-secret", "--database", database.ConnectionString, "--value-file", valueFile, "--reason", "key pasted into a route annotation", "--actor", "oncall"], cancellation);
        output.WriteLine(report);

        Assert.True(code == MaskSecretCommand.Masked, report);
        Assert.Matches(@"Masked sha256:[0-9a-f]{64} in [1-9]\d* events and [1-9]\d* documents", report);
        Assert.Empty(StoredText.Found(report, planted));
        Assert.Empty(StoredText.Found(await StoredText.ReadAllAsync(database.ConnectionString, cancellation), planted));

        await using var restarted = await ControlPlaneInstance.StartAsync(database.ConnectionString, remote.BarePath, Path.Combine(root, "cp"), FreePort.Next());
        var journal = (await restarted.GetJsonAsync("api/v1/journal")).ToJsonString();
        Assert.Contains("\"MaskSecret\"", journal, StringComparison.Ordinal);
        Assert.Contains("key pasted into a route annotation", journal, StringComparison.Ordinal);
        Assert.Contains("oncall", journal, StringComparison.Ordinal);
        Assert.Matches("\"target\":\"sha256:[0-9a-f]{64}\"", journal);
        Assert.Matches("\"eventsRewritten\":[1-9]", journal);
        Assert.Empty(StoredText.Found(journal, planted));

        var history = (await restarted.GetJsonAsync("api/v1/history/HTTPRoute/shop/web")).ToJsonString();
        Assert.Contains("redacted:sha256:", history, StringComparison.Ordinal);
        Assert.Empty(StoredText.Found(history, planted));
        Assert.Equal(active, await restarted.ActiveVersionAsync(ShopManifests.Gateway));
        var travelled = await restarted.GetJsonAsync($"api/v1/versions/at?time={Uri.EscapeDataString(DateTimeOffset.UtcNow.ToString("O"))}");
        Assert.Equal(active, (long?)travelled["version"]?["number"]);
    }

    /// <summary>The key and each base64 line of it: what the searches must not find.</summary>
    private static Dictionary<string, string> Planted(string key)
    {
        var planted = new Dictionary<string, string>(StringComparer.Ordinal) { ["key"] = key };
        var lines = key.Split('\n').Where(line => !line.StartsWith("-----", StringComparison.Ordinal)).ToList();
        for (var index = 0; index < lines.Count; index++)
        {
            planted[$"key line {index + 1}"] = lines[index].Trim();
        }

        return planted;
    }

    /// <summary>
    /// What an older version could have stored: the key as an annotation of the route's stored manifest (JSON inside
    /// JSON), base64-encoded in another, in the commit message, and in an event header.
    /// </summary>
    private static async Task PlantAsync(PostgresDatabase database, string key, CancellationToken cancellation)
    {
        await using var connection = await database.OpenConnectionAsync(cancellation);
        await using var command = new NpgsqlCommand(
            """
            UPDATE mt_events SET
              data = jsonb_set(data, '{manifest}', to_jsonb(
                '{"leaked":' || to_json(@key::text)::text || ',"leakedBase64":"' || @base64 || '",' || substr(data->>'manifest', 2))),
              headers = coalesce(headers, '{}'::jsonb) || jsonb_build_object('leaked', @key::text)
            WHERE type IN ('resource_created', 'resource_changed') AND data->>'kind' = 'HTTPRoute';
            UPDATE mt_events SET data = jsonb_set(data, '{message}', to_jsonb('Add the key ' || @key::text)) WHERE type = 'commit_ingested';
            """,
            connection);
        command.Parameters.AddWithValue("key", key);
        command.Parameters.AddWithValue("base64", Convert.ToBase64String(Encoding.UTF8.GetBytes(key + "\n")));
        Assert.True(await command.ExecuteNonQueryAsync(cancellation) >= 2);
    }

    private static async Task<long> DocumentsHoldingAsync(PostgresDatabase database, string text, CancellationToken cancellation)
    {
        await using var connection = await database.OpenConnectionAsync(cancellation);
        await using var command = new NpgsqlCommand("SELECT count(*) FROM mt_doc_currentresource WHERE strpos(data::text, @text) > 0", connection);
        command.Parameters.AddWithValue("text", text);
        return (long)(await command.ExecuteScalarAsync(cancellation))!;
    }

    private static async Task<(int Code, string Output)> RunAsync(string[] arguments, CancellationToken cancellation)
    {
        await using var process = ProjectProcess.StartProject("GitOpsGateway.Host", arguments);
        var code = await process.WaitForExitAsync(TimeSpan.FromMinutes(3), cancellation);
        return (code, process.Output);
    }
}
