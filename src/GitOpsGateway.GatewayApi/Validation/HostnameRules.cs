using System.Net;
using System.Net.Sockets;

namespace GitOpsGateway.GatewayApi.Validation;

/// <summary>
/// Gateway API hostnames: RFC 1123 names of at most 253 characters with labels of at most 63, never an IP
/// address, optionally with "*." as the whole leftmost label.
/// </summary>
internal static class HostnameRules
{
    public static void Hostname(string value, string path, ErrorSink errors, bool allowWildcard = true)
    {
        if (value.Length is 0 or > 253)
        {
            errors.Add(path, "must be 1 to 253 characters long.");
            return;
        }

        if (!Patterns.Hostname().IsMatch(value))
        {
            var wildcard = allowWildcard ? ", optionally starting with a '*.' label" : string.Empty;
            errors.Add(path, $"'{NameRules.Shorten(value)}' must be lower-case labels of letters, digits and '-' separated by dots{wildcard}.");
            return;
        }

        if (!allowWildcard && value.StartsWith("*.", StringComparison.Ordinal))
        {
            errors.Add(path, $"'{NameRules.Shorten(value)}' must be a precise hostname, without a wildcard.");
            return;
        }

        if (value.Split('.').Any(label => label.Length > 63))
        {
            errors.Add(path, $"'{NameRules.Shorten(value)}' has a label longer than 63 characters.");
            return;
        }

        if (IsIPv4(value))
        {
            errors.Add(path, $"Hostnames cannot contain an IP: '{NameRules.Shorten(value)}' is one.");
        }
    }

    private static bool IsIPv4(string value) =>
        value.Count(c => c == '.') == 3
        && value.All(c => char.IsAsciiDigit(c) || c == '.')
        && IPAddress.TryParse(value, out var address)
        && address.AddressFamily == AddressFamily.InterNetwork;
}
