using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GitOpsGateway.NodeFeed.Protocol;
using GitOpsGateway.RouteTables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GitOpsGateway.NodeFeed.Storage;

/// <summary>
/// The last version a node applied, at <c>&lt;stateDir&gt;/&lt;namespace&gt;_&lt;name&gt;/table.json</c>, so it can serve
/// while the control plane is unreachable. The file is one JSON envelope <c>{"format":1,"sha256":…,"payload":…}</c>
/// whose checksum covers the payload's exact bytes, written to a temporary file, flushed to disk and renamed over
/// the old one: a crash leaves the old file or the new one, and a damaged file is refused rather than served.
/// </summary>
public sealed class LastKnownGoodStore
{
    private const int Format = 1;
    private const string FileName = "table.json";

    private readonly NamespacedName gateway;
    private readonly string directory;
    private readonly ILogger logger;

    /// <exception cref="ArgumentException">The Gateway's namespace or name is not a Kubernetes name.</exception>
    public LastKnownGoodStore(string stateDirectory, NamespacedName gateway, ILogger<LastKnownGoodStore>? logger = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(stateDirectory);
        ArgumentNullException.ThrowIfNull(gateway);
        if (!KubernetesName.IsValid(gateway.Namespace) || !KubernetesName.IsValid(gateway.Name))
        {
            throw new ArgumentException($"'{gateway}' is not a Gateway namespace/name.", nameof(gateway));
        }

        this.gateway = gateway;
        directory = Path.Combine(Path.GetFullPath(stateDirectory), $"{gateway.Namespace}_{gateway.Name}");
        FilePath = Path.Combine(directory, FileName);
        this.logger = logger ?? NullLogger<LastKnownGoodStore>.Instance;
    }

    public string FilePath { get; }

    public Task SaveAsync(FeedVersion version, DateTimeOffset appliedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(version);
        return WriteAsync(version, FeedMessageCodec.Encode(version, appliedAt), cancellationToken);
    }

    /// <summary>Saves a verified feed message with the table bytes as received, without serialising the table again.</summary>
    internal Task SaveAsync(DecodedFeedMessage received, DateTimeOffset appliedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(received);
        var payload = FeedMessageCodec.Encode(received.Version, JsonMarshal.GetRawUtf8Value(received.ReceivedTable), appliedAt);
        return WriteAsync(received.Version, payload, cancellationToken);
    }

    private async Task WriteAsync(FeedVersion version, byte[] payload, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        DeleteLeftoverTemporaryFiles();
        var temporary = Path.Combine(directory, $"{FileName}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
            {
                await stream.WriteAsync(Encoding.UTF8.GetBytes($"{{\"format\":{Format},\"sha256\":\"{Checksum(payload)}\",\"payload\":"), cancellationToken);
                await stream.WriteAsync(payload, cancellationToken);
                await stream.WriteAsync("}\n"u8.ToArray(), cancellationToken);
                await stream.FlushAsync(cancellationToken);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, FilePath, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }

        LastKnownGoodLog.Saved(logger, version.Version, FilePath);
    }

    /// <returns>The verified stored version, or null when there is none or it is damaged (the log says why).</returns>
    public async Task<StoredVersion?> TryLoadAsync(CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(FilePath, cancellationToken);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            LastKnownGoodLog.Missing(logger, FilePath);
            return null;
        }

        try
        {
            var stored = Verify(bytes);
            LastKnownGoodLog.Loaded(logger, stored.Version.Version, stored.Version.Hash, FilePath);
            return stored;
        }
        catch (Exception exception) when (exception is JsonException or FeedMessageException or InvalidDataException)
        {
            LastKnownGoodLog.Refused(logger, FilePath, exception.Message);
            return null;
        }
    }

    private StoredVersion Verify(byte[] bytes)
    {
        using var envelope = JsonDocument.Parse(bytes);
        var root = envelope.RootElement;
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("format", out var format) || format.ValueKind != JsonValueKind.Number
            || !format.TryGetInt32(out var formatNumber) || formatNumber != Format
            || !root.TryGetProperty("sha256", out var checksum) || checksum.ValueKind != JsonValueKind.String
            || !root.TryGetProperty("payload", out var payload) || payload.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException($"not a format {Format} envelope with sha256 and payload");
        }

        var payloadBytes = JsonMarshal.GetRawUtf8Value(payload);
        var actual = Checksum(payloadBytes);
        if (!string.Equals(actual, checksum.GetString(), StringComparison.Ordinal))
        {
            throw new InvalidDataException($"the payload's SHA-256 is {actual}, the envelope says {checksum.GetString()}");
        }

        var decoded = FeedMessageCodec.Decode(payloadBytes);
        if (decoded.AppliedAt is not { } appliedAt)
        {
            throw new InvalidDataException("the payload has no appliedAt");
        }

        var problems = FeedVersionVerifier.Check(decoded, gateway);
        return problems.Count == 0 ? new StoredVersion(decoded.Version, appliedAt) : throw new InvalidDataException(string.Join(" ", problems));
    }

    private void DeleteLeftoverTemporaryFiles()
    {
        foreach (var leftover in Directory.EnumerateFiles(directory, $"{FileName}.*.tmp"))
        {
            File.Delete(leftover);
        }
    }

    private static string Checksum(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
