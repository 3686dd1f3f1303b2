using GitOpsGateway.DataPlane.Configuration;
using GitOpsGateway.RouteTables;

namespace GitOpsGateway.Host.DevCommand;

/// <summary>What <c>gitops-gateway dev</c> is told (<see cref="DevSettingsReader"/>).</summary>
internal sealed record DevSettings
{
    /// <summary>The watched folder, absolute.</summary>
    public required string Folder { get; init; }

    /// <summary>Kept across runs when given; otherwise a temporary folder deleted on exit.</summary>
    public string? DataDirectory { get; init; }

    /// <summary>An existing database to use instead of a throwaway cluster.</summary>
    public string? Postgres { get; init; }

    /// <summary>Null: the folder's first Gateway by namespace/name.</summary>
    public NamespacedName? Gateway { get; init; }

    public required PortMapping Ports { get; init; }

    /// <summary>The control plane's admin API, node feed and webhooks on 127.0.0.1.</summary>
    public required int AdminPort { get; init; }
}
