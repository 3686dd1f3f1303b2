namespace GitOpsGateway.Deploy.Tests.Compose;

/// <summary>One service of compose.yaml, after variable substitution and merge keys.</summary>
internal sealed record ComposeService
{
    public required string Name { get; init; }

    public string? Image { get; init; }

    /// <summary>The Dockerfile of the <c>build</c> section, relative to its context; null for a pulled image.</summary>
    public string? Dockerfile { get; init; }

    public string? User { get; init; }

    public IReadOnlyList<string> Entrypoint { get; init; } = [];

    public IReadOnlyList<string> Command { get; init; } = [];

    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>Published ports as <c>[host-ip:]host:container</c>.</summary>
    public IReadOnlyList<string> Ports { get; init; } = [];

    /// <summary>Mounts as <c>source:target[:mode]</c>; a source without a slash or dot names a volume.</summary>
    public IReadOnlyList<string> Volumes { get; init; } = [];

    /// <summary>The health check's <c>test</c> (<c>["CMD", ...]</c>), empty without one.</summary>
    public IReadOnlyList<string> Healthcheck { get; init; } = [];

    /// <summary>Service name → condition.</summary>
    public IReadOnlyDictionary<string, string> DependsOn { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<string> NetworkAliases { get; init; } = [];

    /// <summary>The container ports this service publishes.</summary>
    public IEnumerable<int> ContainerPorts => Ports.Select(port => int.Parse(port[(port.LastIndexOf(':') + 1)..], System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The value following <paramref name="flag"/> in <see cref="Command"/>, or null.</summary>
    public string? Flag(string flag)
    {
        var index = Command.ToList().IndexOf(flag);
        return index >= 0 && index + 1 < Command.Count ? Command[index + 1] : null;
    }
}
