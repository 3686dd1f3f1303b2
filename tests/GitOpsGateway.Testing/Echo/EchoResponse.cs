using System.Text.Json;

namespace GitOpsGateway.Testing.Echo;

/// <summary>What an <see cref="EchoBackend"/> saw of one request; also the JSON body it answers with.</summary>
public sealed record EchoResponse
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public required string Backend { get; init; }

    public required string Method { get; init; }

    /// <summary>The decoded path, as ASP.NET Core exposes it.</summary>
    public required string Path { get; init; }

    /// <summary>The raw query string with its leading '?', or empty.</summary>
    public required string Query { get; init; }

    /// <summary>The request target exactly as it arrived on the wire (path and query, still percent-encoded).</summary>
    public required string RawTarget { get; init; }

    public required string Host { get; init; }

    /// <summary>Header name → values, names as received (HTTP/2 sends them lower-case).</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Headers { get; init; }

    /// <summary><c>HTTP/1.1</c> or <c>HTTP/2</c>.</summary>
    public required string Protocol { get; init; }

    /// <summary>The SNI name the client sent, when the backend serves HTTPS.</summary>
    public string? TlsServerName { get; init; }

    /// <summary>1 for the backend's first request, 2 for the next, ...</summary>
    public required long RequestNumber { get; init; }

    public static EchoResponse Parse(string json) =>
        JsonSerializer.Deserialize<EchoResponse>(json, Json)
        ?? throw new JsonException("The echo body was the JSON literal null.");

    public static async Task<EchoResponse> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        return Parse(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Every value of a header, matched case-insensitively; empty when absent.</summary>
    public IReadOnlyList<string> HeaderValues(string name) =>
        Headers.Where(header => string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase))
            .SelectMany(header => header.Value)
            .ToList();

    /// <summary>A header's values joined by ", ", or null when absent.</summary>
    public string? Header(string name)
    {
        var values = HeaderValues(name);
        return values.Count == 0 ? null : string.Join(", ", values);
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);
}
