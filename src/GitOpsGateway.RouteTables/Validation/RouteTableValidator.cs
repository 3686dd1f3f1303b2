using GitOpsGateway.RouteTables.Backends;
using GitOpsGateway.RouteTables.Listeners;

namespace GitOpsGateway.RouteTables.Validation;

/// <summary>
/// Checks that a table is self-consistent before a node builds from it (references resolve, names are unique,
/// protocols fit). The compiler's output must always pass; a table read from JSON written by hand or received
/// over the wire may not, and a node keeps its last good table instead of applying a failing one.
/// </summary>
public static class RouteTableValidator
{
    /// <summary>Every problem found, each prefixed with where it is; empty when the table is valid.</summary>
    public static EquatableArray<string> Validate(RouteTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var errors = new List<string>();
        var listeners = UniqueByName(table, errors);
        var clusterIds = UniqueClusterIds(table, errors);
        HttpRoutingValidator.Validate(table, listeners, clusterIds, errors);
        L4RouteValidator.Validate(table, listeners, clusterIds, errors);
        return [.. errors];
    }

    internal static void CheckBackends(string where, EquatableArray<Backend> backends, HashSet<string> clusterIds, List<string> errors)
    {
        foreach (var backend in backends)
        {
            if (backend.Weight < 0)
            {
                errors.Add($"{where}: backend weight {backend.Weight} is negative");
            }

            if (backend is ClusterBackend cluster && !clusterIds.Contains(cluster.ClusterId))
            {
                errors.Add($"{where}: backend cluster '{cluster.ClusterId}' is not in the table");
            }
        }
    }

    private static Dictionary<string, Listener> UniqueByName(RouteTable table, List<string> errors)
    {
        var byName = new Dictionary<string, Listener>(StringComparer.Ordinal);
        foreach (var listener in table.Listeners)
        {
            var where = $"listeners[{listener.Name}]";
            if (!byName.TryAdd(listener.Name, listener))
            {
                errors.Add($"{where}: duplicate listener name");
            }

            if (listener.Port is < 1 or > 65535)
            {
                errors.Add($"{where}: port {listener.Port} is out of range");
            }

            // TLS listeners pass TLSRoute traffic through or terminate it (the Gateway API's TLSRoute Terminate mode).
            var allowedTls = listener.Protocol switch
            {
                ListenerProtocol.HTTPS => [TlsMode.Terminate],
                ListenerProtocol.TLS => [TlsMode.Passthrough, TlsMode.Terminate],
                _ => Array.Empty<TlsMode>(),
            };
            if (listener.Tls is null ? allowedTls.Length != 0 : !allowedTls.Contains(listener.Tls.Mode))
            {
                var expected = allowedTls.Length == 0 ? "none" : string.Join(" or ", allowedTls);
                errors.Add($"{where}: a {listener.Protocol} listener needs TLS mode {expected}, " +
                    $"found {listener.Tls?.Mode.ToString() ?? "none"}");
            }
        }

        return byName;
    }

    private static HashSet<string> UniqueClusterIds(RouteTable table, List<string> errors)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cluster in table.Clusters.Where(cluster => !ids.Add(cluster.Id)))
        {
            errors.Add($"clusters[{cluster.Id}]: duplicate cluster id");
        }

        return ids;
    }
}
