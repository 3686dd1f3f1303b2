using System.Diagnostics.Metrics;
using System.Security.Cryptography;
using System.Text;
using GitOpsGateway.ControlPlane.Configuration;
using GitOpsGateway.ControlPlane.Telemetry;
using GitOpsGateway.ControlPlane.Webhooks;
using GitOpsGateway.Sources;
using GitOpsGateway.Testing.Logging;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GitOpsGateway.ControlPlane.Tests.Webhooks;

public sealed class SignatureFailureCountTests
{
    private const string SecretA = "source-a-webhook-secret";
    private const string SecretB = "source-b-webhook-secret";
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"ref":"refs/heads/main"}""");

    [Fact]
    public void a_failed_signature_is_counted_with_source_and_provider_and_logged_with_the_sender_never_the_secret()
    {
        var logger = new RecordingLogger();
        var (a, b) = (Source("a", SecretA), Source("b", SecretB));
        var authenticator = new WebhookAuthenticator(new WebhookSecretStore(Settings(a, b), TimeProvider.System), new LoggerAdapter(logger));
        var counted = new List<(long Value, string? Source, string? Provider)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, meterListener) =>
        {
            if (instrument.Meter.Name == ControlPlaneTelemetry.Name && instrument.Name == "gitops_gateway.webhook_signature_failures")
            {
                meterListener.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            var byName = tags.ToArray().ToDictionary(tag => tag.Key, tag => tag.Value as string);
            if (byName.GetValueOrDefault("source") == "b")
            {
                counted.Add((value, byName.GetValueOrDefault("source"), byName.GetValueOrDefault("provider")));
            }
        });
        listener.Start();
        var signature = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(SecretA), Body));
        var headers = new HeaderDictionary { ["X-Hub-Signature-256"] = signature };

        var result = authenticator.Authenticate(WebhookProvider.GitHub, headers, Body, [b], "192.0.2.7");
        var own = authenticator.Authenticate(WebhookProvider.GitHub, headers, Body, [a, b], "192.0.2.7");

        Assert.Empty(result.Sources);
        Assert.NotNull(result.Refusal);
        Assert.Equal(["a"], own.Sources.Select(source => source.Name));
        Assert.Equal([(1L, "b", "github"), (1L, "b", "github")], counted);
        var logged = logger.Entries.Where(entry => entry.EventId.Id == 6060).Select(entry => entry.Message).ToList();
        Assert.Equal(2, logged.Count);
        Assert.All(logged, message => Assert.Contains("source b from 192.0.2.7", message, StringComparison.Ordinal));
        Assert.All(logger.Entries, entry =>
        {
            Assert.DoesNotContain(SecretA, entry.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(SecretB, entry.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(signature[7..], entry.Message, StringComparison.Ordinal);
        });
    }

    private static WatchedSource Source(string name, string secret) =>
        new(new SourceDefinition { Name = name, Repository = $"https://git.example.com/acme/{name}.git" }, null)
        {
            WebhookSecret = new ConfiguredSecret(secret, null),
        };

    private static ControlPlaneSettings Settings(params WatchedSource[] sources) => new()
    {
        DatabaseConnectionString = "Host=unused",
        Sources = sources,
        StateDirectory = Path.GetTempPath(),
        AdminToken = "unused-admin-token",
    };

    /// <summary>The recording logger as the typed logger the authenticator takes.</summary>
    private sealed class LoggerAdapter(RecordingLogger inner) : ILogger<WebhookAuthenticator>
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            inner.Log(logLevel, eventId, state, exception, formatter);
    }
}
