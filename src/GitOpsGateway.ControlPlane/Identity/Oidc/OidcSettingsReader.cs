using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;

namespace GitOpsGateway.ControlPlane.Identity.Oidc;

/// <summary>
/// Reads the <c>Oidc</c> section: <c>Issuer</c>, <c>Audience</c>, <c>ClockSkew</c>, <c>CaFile</c>, <c>GroupsClaim</c>,
/// <c>NameClaim</c> and <c>Grants:N:{Group,Subject,Role,Sources,Gateways}</c> (lists comma-separated). Null when no
/// issuer is set (and nothing else under <c>Oidc</c> either): JWTs are then not accepted at all.
/// </summary>
internal static class OidcSettingsReader
{
    public const string Section = "Oidc";

    private static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(10);

    private static readonly string[] Roles = [IdentityRoles.Viewer, IdentityRoles.Operator, IdentityRoles.Admin];

    public static OidcSettings? Read(IConfiguration configuration, IReadOnlyCollection<string> sourceNames, List<string> problems)
    {
        var section = configuration.GetSection(Section);
        var issuerText = section["Issuer"];
        if (string.IsNullOrWhiteSpace(issuerText))
        {
            if (section.AsEnumerable().Any(pair => pair.Value is not null))
            {
                problems.Add("Oidc: settings are given but Oidc:Issuer is not set.");
            }

            return null;
        }

        var count = problems.Count;
        var issuer = Issuer(issuerText, problems);
        var audience = section["Audience"];
        if (string.IsNullOrWhiteSpace(audience))
        {
            problems.Add("Oidc:Audience is not set: a token issued for another application must not be accepted here.");
        }

        var settings = new OidcSettings
        {
            Issuer = issuer ?? string.Empty,
            Audience = audience?.Trim() ?? string.Empty,
            ClockSkew = ClockSkew(section["ClockSkew"], problems),
            CaFile = CaFile(section["CaFile"], problems),
            GroupsClaim = section["GroupsClaim"] is { Length: > 0 } groups ? groups.Trim() : OidcSettings.DefaultGroupsClaim,
            NameClaim = section["NameClaim"] is { Length: > 0 } name ? name.Trim() : OidcSettings.DefaultNameClaim,
            Grants = Grants(section.GetSection("Grants"), sourceNames, problems),
        };
        return problems.Count == count ? settings : null;
    }

    private static string? Issuer(string text, List<string> problems)
    {
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var issuer) || issuer.Scheme != Uri.UriSchemeHttps || !string.IsNullOrEmpty(issuer.Query) || !string.IsNullOrEmpty(issuer.Fragment))
        {
            problems.Add($"Oidc:Issuer must be an https:// URL without query or fragment (the iss of the tokens), not '{text}'.");
            return null;
        }

        return text.Trim();
    }

    private static TimeSpan ClockSkew(string? text, List<string> problems)
    {
        if (string.IsNullOrEmpty(text))
        {
            return OidcSettings.DefaultClockSkew;
        }

        if (TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var skew) && skew >= TimeSpan.Zero && skew <= MaxClockSkew)
        {
            return skew;
        }

        problems.Add($"Oidc:ClockSkew must be a duration from 00:00:00 to {MaxClockSkew:c}, such as 00:01:00, not '{text}'.");
        return OidcSettings.DefaultClockSkew;
    }

    private static string? CaFile(string? path, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }

        try
        {
            var certificates = new X509Certificate2Collection();
            certificates.ImportFromPemFile(path);
            if (certificates.Count == 0)
            {
                problems.Add($"Oidc:CaFile names {path}, which holds no PEM certificate.");
                return null;
            }

            foreach (var certificate in certificates)
            {
                certificate.Dispose();
            }

            return Path.GetFullPath(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or CryptographicException)
        {
            problems.Add($"Oidc:CaFile names {path}, which cannot be read as PEM certificates: {exception.Message}");
            return null;
        }
    }

    private static List<OidcGrant> Grants(IConfigurationSection grants, IReadOnlyCollection<string> sourceNames, List<string> problems)
    {
        var read = new List<OidcGrant>();
        foreach (var entry in grants.GetChildren())
        {
            var at = $"Oidc:Grants:{entry.Key}";
            var count = problems.Count;
            var group = Trimmed(entry["Group"]);
            var subject = Trimmed(entry["Subject"]);
            if ((group is null) == (subject is null))
            {
                problems.Add($"{at}: set Group or Subject (one of them) to say whom the grant is for.");
            }

            var role = Trimmed(entry["Role"])?.ToLowerInvariant();
            if (role is null || !Roles.Contains(role, StringComparer.Ordinal))
            {
                problems.Add($"{at}:Role must be {string.Join(", ", Roles)}, not '{entry["Role"]}'.");
            }

            var sources = List(entry["Sources"]);
            foreach (var source in sources.Where(source => !sourceNames.Contains(source, StringComparer.Ordinal)))
            {
                problems.Add($"{at}:Sources names '{source}', which is not a configured source ({string.Join(", ", sourceNames)}).");
            }

            var gateways = List(entry["Gateways"]);
            foreach (var gateway in gateways.Where(gateway => gateway.Split('/') is not [{ Length: > 0 }, { Length: > 0 }]))
            {
                problems.Add($"{at}:Gateways: '{gateway}' is not namespace/name.");
            }

            if (problems.Count == count)
            {
                read.Add(new OidcGrant { Group = group, Subject = subject, Role = role!, Sources = sources, Gateways = gateways });
            }
        }

        return read;
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static List<string> List(string? text) =>
        [.. (text ?? string.Empty).Split([',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)];
}
