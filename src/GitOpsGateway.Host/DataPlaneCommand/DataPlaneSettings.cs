using System.Net;
using GitOpsGateway.DataPlane.Configuration;
using GitOpsGateway.RouteTables;

namespace GitOpsGateway.Host.DataPlaneCommand;

/// <summary>Everything <c>gitops-gateway data-plane</c> is told, validated (<see cref="DataPlaneSettingsReader"/>).</summary>
internal sealed record DataPlaneSettings
{
    /// <summary>The control plane's base address, e.g. <c>http://control-plane:8080/</c>.</summary>
    public required Uri ControlPlane { get; init; }

    public required NamespacedName Gateway { get; init; }

    public required string NodeId { get; init; }

    public required string NodeToken { get; init; }

    public PortMapping Ports { get; init; } = PortMapping.Identity;

    public IPAddress BindAddress { get; init; } = IPAddress.Any;

    /// <summary>Serves <c>/healthz</c> and <c>/readyz</c>, apart from the listener ports.</summary>
    public int AdminPort { get; init; } = DataPlaneSettingsReader.DefaultAdminPort;

    public required string StateDirectory { get; init; }

    public string? SecretsDirectory { get; init; }

    /// <summary><see cref="DataPlaneOptions.UdpSessionIdleTimeout"/>, from <c>--udp-session-idle-timeout</c>.</summary>
    public TimeSpan UdpSessionIdleTimeout { get; init; } = DataPlaneSettingsReader.Defaults.UdpSessionIdleTimeout;

    /// <summary><see cref="DataPlaneOptions.UdpMaxSessionsPerPort"/>, from <c>--udp-max-sessions-per-port</c>.</summary>
    public int UdpMaxSessionsPerPort { get; init; } = DataPlaneSettingsReader.Defaults.UdpMaxSessionsPerPort;

    /// <summary>Where the node's feed endpoints are: the control plane's <c>/api/v1/nodes/</c>.</summary>
    public Uri FeedAddress => new(ControlPlane, "api/v1/nodes/");

    /// <summary>Keeps the token out of logs.</summary>
    public override string ToString() => $"DataPlaneSettings {{ Gateway = {Gateway}, NodeId = {NodeId}, ControlPlane = {ControlPlane} }}";
}
