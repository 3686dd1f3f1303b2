using System.Net;
using System.Text.Json.Nodes;
using GitOpsGateway.ControlPlane.Tests.Support;
using GitOpsGateway.Testing.Git;

namespace GitOpsGateway.ControlPlane.Tests.Webhooks;

/// <summary>Per-source webhook secrets against the real executable: two sources, two repositories, two secrets in files.</summary>
public sealed class PerSourceSecretTests
{
    private const string SecretA = "source-a-webhook-secret";
    private const string SecretB = "source-b-webhook-secret";
    private const string RotatedB = "source-b-rotated-secret";
    private static readonly TimeSpan LongPoll = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task a_delivery_signed_with_source_as_secret_cannot_trigger_source_b_and_a_rotated_secret_works_without_a_restart()
    {
        await using var scenario = await Scenario.CreateAsync();
        using var other = await GitRemoteRepository.CreateAsync(TestContext.Current.CancellationToken);
        await other.PushValidRepositoryAsync();
        var first = await scenario.Remote.PushValidRepositoryAsync();
        var (fileA, fileB) = (SecretFile(SecretA), SecretFile(SecretB));
        try
        {
            var controlPlane = await scenario.StartAsync(scenario.Options(LongPoll) with
            {
                Settings = new Dictionary<string, string>
                {
                    ["SOURCES__0__WEBHOOKSECRETFILE"] = fileA,
                    ["SOURCES__1__NAME"] = "other",
                    ["SOURCES__1__REPOSITORY"] = other.BarePath,
                    ["SOURCES__1__FOLDER"] = ControlPlaneOptions.DefaultFolder,
                    ["SOURCES__1__POLLINTERVAL"] = "00:05:00",
                    ["SOURCES__1__WEBHOOKSECRETFILE"] = fileB,
                },
            });
            await controlPlane.WaitForIngestedAsync(first);
            var toB = WebhookDelivery.PushPayload(other.BarePath);

            var (forged, forgedBody) = await DeliverAsync(controlPlane, WebhookDelivery.GitHub(toB, SecretA));
            var (own, ownBody) = await DeliverAsync(controlPlane, WebhookDelivery.GitHub(WebhookDelivery.PushPayload(scenario.Remote.BarePath), SecretA));

            Assert.Equal(HttpStatusCode.Unauthorized, forged);
            Assert.Empty(forgedBody["triggered"]!.AsArray());
            Assert.Equal(HttpStatusCode.Accepted, own);
            Assert.Equal([ControlPlaneOptions.SourceName], ownBody["triggered"]!.AsArray().Select(name => (string?)name));
            await controlPlane.Process.WaitForLineAsync("a delivery for source other from 127.0.0.1 failed its signature check", TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
            Assert.DoesNotContain(controlPlane.Process.Lines, line => line.Contains("triggers sync of other", StringComparison.Ordinal));

            // Rotation: the file changes, the new secret works at once and the old one during the overlap.
            await File.WriteAllTextAsync(fileB, RotatedB, TestContext.Current.CancellationToken);
            await Eventually.WaitForAsync(
                async () => (await DeliverAsync(controlPlane, WebhookDelivery.GitHub(toB, RotatedB))).Status == HttpStatusCode.Accepted,
                "the rotated secret of source other to be accepted");
            Assert.Equal(HttpStatusCode.Accepted, (await DeliverAsync(controlPlane, WebhookDelivery.GitHub(toB, SecretB))).Status);

            foreach (var secret in (string[])[SecretA, SecretB, RotatedB])
            {
                Assert.DoesNotContain(controlPlane.Process.Lines, line => line.Contains(secret, StringComparison.Ordinal));
            }

            Assert.DoesNotContain(controlPlane.Process.Lines, line => line.Contains("sha256=", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(fileA);
            File.Delete(fileB);
        }
    }

    private static string SecretFile(string secret)
    {
        var path = Path.Combine(Path.GetTempPath(), $"webhook-secret-{Guid.NewGuid():N}");
        File.WriteAllText(path, secret + "\n");
        return path;
    }

    private static async Task<(HttpStatusCode Status, JsonNode Body)> DeliverAsync(ControlPlaneProcess controlPlane, HttpRequestMessage delivery)
    {
        using (delivery)
        {
            using var response = await controlPlane.Anonymous.SendAsync(delivery, TestContext.Current.CancellationToken);
            return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!);
        }
    }
}
