using System.Globalization;
using System.Text;
using GitOpsGateway.DevMode.Sources;

namespace GitOpsGateway.Host.DevCommand;

/// <summary>What dev mode prints once the node serves: addresses, token, and commands to paste.</summary>
internal static class DevBanner
{
    public const string ReadyLine = "GitOps Gateway dev mode is ready";

    public static string Build(DevSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var source = session.Source!;
        var overview = session.Overview!;
        var ports = session.Settings.Ports;
        var admin = session.AdminUrl.ToString().TrimEnd('/');
        var text = new StringBuilder();
        Line(text, $"{ReadyLine}: node dev-node serves version {session.ServingVersion} of Gateway {overview.Gateway.Namespace}/{overview.Gateway.Name}.");
        Line(text, string.Empty);
        Line(text, source.Kind == DevSourceKind.GitCheckout
            ? $"  Watching         {source.WatchedFolder} on branch {source.Branch} of {source.Repository} (commit a change to apply it)"
            : $"  Watching         {source.WatchedFolder} (every saved change is committed to a private repository and applied; {source.Reason})");
        foreach (var listener in overview.Listeners)
        {
            var scheme = listener.Protocol is "HTTPS" or "TLS" ? "https" : "http";
            Line(text, $"  Listener {listener.Name,-8}{listener.Protocol} port {listener.Port} on {scheme}://127.0.0.1:{Port(ports.LocalPortFor(listener.Port))}");
        }

        Line(text, $"  Admin API        {admin}   token: {session.AdminToken}");
        Line(text, $"  Node health      http://127.0.0.1:{Port(session.NodeHealthPort)}/readyz");
        Line(text, session.OwnsDatabase
            ? $"  PostgreSQL       {session.DatabaseConnectionString} (throwaway, fsync off)"
            : "  PostgreSQL       the database given with --postgres");
        Line(text, $"  Demo backends    {string.Join(", ", session.Backends.Select(backend => $"{backend.Name} 127.0.0.1:{Port(backend.Port)}"))}");
        Line(text, session.KeepsRoot ? $"  Data (kept)      {session.Root}" : $"  Temporary files  {session.Root} (deleted on exit)");
        Line(text, string.Empty);
        Line(text, "Try:");
        foreach (var listener in overview.Listeners.Where(listener => listener.Protocol is "HTTP" or "HTTPS"))
        {
            var local = Port(ports.LocalPortFor(listener.Port));
            var scheme = listener.Protocol == "HTTPS" ? "https" : "http";
            var insecure = listener.Protocol == "HTTPS" ? "k" : string.Empty;
            foreach (var request in overview.Requests)
            {
                Line(text, $"  curl -s{insecure} --resolve {request.Host}:{local}:127.0.0.1 {scheme}://{request.Host}:{local}{request.Path}");
            }
        }

        Line(text, $"  curl -s -H 'Authorization: Bearer {session.AdminToken}' {admin}/api/v1/nodes");
        Line(text, $"  curl -s -H 'Authorization: Bearer {session.AdminToken}' '{admin}/api/v1/resources?kind=Gateway'");
        Line(text, "ggctl (docs/ggctl.md):");
        Line(text, $"  export GGCTL_SERVER={admin} GGCTL_TOKEN={session.AdminToken}");
        Line(text, $"  dotnet run --project src/GitOpsGateway.Cli -- validate {source.WatchedFolder}");
        Line(text, "  dotnet run --project src/GitOpsGateway.Cli -- config view");
        Line(text, string.Empty);
        Line(text, "Ctrl-C stops everything" + (session.KeepsRoot ? "." : " and deletes the temporary files."));
        return text.ToString();
    }

    private static string Port(int port) => port.ToString(CultureInfo.InvariantCulture);

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');
}
