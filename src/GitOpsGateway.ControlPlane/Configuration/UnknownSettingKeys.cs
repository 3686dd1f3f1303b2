using Microsoft.Extensions.Configuration;

namespace GitOpsGateway.ControlPlane.Configuration;

/// <summary>
/// Finds settings that would be ignored: <c>GITOPS_GATEWAY_*</c> variables naming no key, and keys under the
/// control plane's own sections (<see cref="KnownSettingKeys.Sections"/>) from any configuration source. Other
/// top-level keys belong to ASP.NET Core and the environment, so they are not judged.
/// </summary>
internal static class UnknownSettingKeys
{
    public static IReadOnlyList<UnknownSettingKey> Find(IConfiguration configuration, IEnumerable<string> environmentVariables, string prefix)
    {
        var unknown = new List<UnknownSettingKey>();
        var fromVariables = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var variable in environmentVariables.Where(name => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal))
        {
            var rest = variable[prefix.Length..];
            var key = rest.Replace("__", ":", StringComparison.Ordinal);
            if (KnownSettingKeys.OtherVariables.Contains(rest, StringComparer.OrdinalIgnoreCase) || KnownSettingKeys.IsKnown(key))
            {
                continue;
            }

            fromVariables.Add(key);
            var closest = KnownSettingKeys.Closest(key);
            unknown.Add(new UnknownSettingKey(variable, prefix + closest.Replace(":", "__", StringComparison.Ordinal).ToUpperInvariant()));
        }

        foreach (var section in KnownSettingKeys.Sections)
        {
            // Only keys carry values; sections such as Sources:0 are null.
            foreach (var key in configuration.GetSection(section).AsEnumerable().Where(pair => pair.Value is not null).Select(pair => pair.Key).Order(StringComparer.Ordinal))
            {
                if (!KnownSettingKeys.IsKnown(key) && !fromVariables.Contains(key))
                {
                    unknown.Add(new UnknownSettingKey(key, KnownSettingKeys.Closest(key)));
                }
            }
        }

        return unknown;
    }
}
