namespace GitOpsGateway.Translation.Tests.Golden;

/// <summary>A request (or TLS connection) sent to one Gateway's table, and what must come of it.</summary>
internal sealed record RequestExpectation
{
    public required string Gateway { get; init; }

    public required int Port { get; init; }

    /// <summary>http, https or tls.</summary>
    public required string Scheme { get; init; }

    public string? Sni { get; init; }

    public string? Host { get; init; }

    public string Method { get; init; } = "GET";

    /// <summary>Path and optional query.</summary>
    public string Path { get; init; } = "/";

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public bool Grpc { get; init; }

    public required ExpectedOutcome Expect { get; init; }

    public override string ToString()
    {
        var target = Scheme == "tls" ? $"sni {Sni}" : $"{(Grpc ? "POST" : Method)} {Host}{Path}";
        var headers = Headers.Count == 0 ? "" : " " + string.Join(" ", Headers.Select(header => $"{header.Key}={header.Value}"));
        return $"{Scheme}://{Gateway}:{Port} {target}{headers}{(Grpc ? " (grpc)" : "")}";
    }
}
