using System.Text;
using GitOpsGateway.EndToEnd.Tests.Support;
using GitOpsGateway.Testing.Git;
using GitOpsGateway.Testing.Postgres;
using GitOpsGateway.Testing.Processes;

namespace GitOpsGateway.EndToEnd.Tests.Secrets;

/// <summary>
/// Key material in any field of a Secret manifest reaches no table, no admin API answer and no log line of a real
/// control plane (ADR 0015).
/// </summary>
public sealed class SecretStorageTests(ITestOutputHelper output)
{
    [Fact]
    public async Task no_planted_value_of_a_secret_is_stored_served_or_logged()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var root = Directory.CreateTempSubdirectory("gitops-gateway-secrets-").FullName;
        var secrets = PlantedSecrets.Create();
        await using var database = await PostgresDatabase.CreateAsync(cancellation);
        using var remote = await GitRemoteRepository.CreateAsync(cancellation);
        foreach (var (path, content) in ShopManifests.Files(backendPort: 9, revision: 1).Concat(secrets.Files))
        {
            remote.WriteFile(path, content);
        }

        await remote.CommitAsync("Shop with secrets", cancellationToken: cancellation);
        await remote.PushAsync(cancellation);

        var answers = new StringBuilder();
        string logs;
        await using (var controlPlane = await ControlPlaneInstance.StartAsync(database.ConnectionString, remote.BarePath, Path.Combine(root, "cp"), FreePort.Next()))
        {
            await Eventually.WaitForAsync(async () => await controlPlane.ActiveVersionAsync(ShopManifests.Gateway) is not null, "the first version");
            var version = await controlPlane.ActiveVersionAsync(ShopManifests.Gateway);
            string[] paths =
            [
                "api/v1/resources",
                "api/v1/resources?kind=Secret",
                "api/v1/history/Secret/shop/tls-yaml",
                "api/v1/history/secret/shop/opaque-json",
                "api/v1/history/Secret/shop/broken",
                $"api/v1/versions/{version}",
                "api/v1/versions",
                "api/v1/sources",
                "api/v1/status",
                "api/v1/journal",
            ];
            foreach (var path in paths)
            {
                using var response = await controlPlane.Admin.GetAsync(new Uri(path, UriKind.Relative), cancellation);
                answers.Append(path).Append(' ').Append((int)response.StatusCode).Append(": ")
                    .AppendLine(await response.Content.ReadAsStringAsync(cancellation));
            }

            var resources = (await controlPlane.GetJsonAsync("api/v1/resources?kind=Secret")).ToJsonString();
            Assert.Contains("tls-yaml", resources, StringComparison.Ordinal);
            Assert.Contains("opaque-json", resources, StringComparison.Ordinal);
            Assert.Contains("redacted:sha256:", resources, StringComparison.Ordinal);
            logs = controlPlane.Process.Output;
        }

        var stored = await StoredText.ReadAllAsync(database.ConnectionString, cancellation);
        output.WriteLine($"searched {stored.Length} characters of tables, {answers.Length} of API answers, {logs.Length} of logs for {secrets.Planted.Count} planted values");

        // The search works: the public certificate is kept, the rejection is recorded by name.
        var certificateBase64 = StoredText.FormsOf(secrets.Pair.CertificatePem.Trim()).ElementAt(2);
        Assert.Contains(certificateBase64, stored, StringComparison.Ordinal);
        Assert.Contains("secret-broken.yaml", stored, StringComparison.Ordinal);

        Assert.Empty(StoredText.Found(stored, secrets.Planted));
        Assert.Empty(StoredText.Found(answers.ToString(), secrets.Planted));
        Assert.Empty(StoredText.Found(logs, secrets.Planted));
        Assert.Contains("must be an object, not a plain value", stored, StringComparison.Ordinal);
    }
}
