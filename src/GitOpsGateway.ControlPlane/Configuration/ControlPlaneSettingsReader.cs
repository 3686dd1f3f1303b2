using System.Globalization;
using GitOpsGateway.ControlPlane.Identity.Oidc;
using GitOpsGateway.Sources;
using GitOpsGateway.Sources.Git;
using Microsoft.Extensions.Configuration;

namespace GitOpsGateway.ControlPlane.Configuration;

/// <summary>
/// Reads and validates the settings, reporting every problem at once. Keys (appsettings, environment variables
/// <c>GITOPS_GATEWAY_KEY</c> with <c>__</c> for <c>:</c>, or <c>--KEY value</c> flags):
/// <c>Database</c>, <c>ControllerName</c>, <c>ClusterDomain</c>, <c>StateDirectory</c>, <c>AdminToken</c>[<c>File</c>], <c>NodeTokens</c>[<c>File</c>] (see <see cref="NodeTokenList"/>), <c>NodeTokensOverlap</c>,
/// <c>Webhooks:GitHubSecret</c>[<c>File</c>], <c>Webhooks:GitLabToken</c>[<c>File</c>], <c>Webhooks:GiteaSecret</c>[<c>File</c>],
/// <c>Webhooks:SecretOverlap</c>, <c>Sources:N:{Name,Repository,Branch,Folder,PollInterval,Username,Password[File],WebhookSecret[File]}</c>,
/// <c>Ingestion:{InitialHistoryDepth,BatchSize}</c>, <c>Leadership:RetryInterval</c>, <c>Telemetry:{Exporter,OtlpEndpoint}</c>,
/// <c>Oidc:*</c> (<see cref="OidcSettingsReader"/>).
/// A key it does not read is not an error; <see cref="ControlPlaneSettings.UnknownKeys"/> names it for a warning.
/// </summary>
public static class ControlPlaneSettingsReader
{
    /// <param name="commandLine">The flags alone, to refuse secrets passed there.</param>
    /// <param name="environmentVariables">The process's variable names (all of them when null), to find misspelt <c>GITOPS_GATEWAY_*</c> ones.</param>
    /// <exception cref="ControlPlaneConfigurationException">Anything is missing or invalid.</exception>
    public static ControlPlaneSettings Read(IConfiguration configuration, IConfiguration commandLine, IEnumerable<string>? environmentVariables = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(commandLine);
        var problems = new List<string>();
        foreach (var pair in commandLine.AsEnumerable().Where(pair => pair.Value is not null && SecretSetting.IsSecretKey(pair.Key)))
        {
            problems.Add($"{pair.Key} was given on the command line; pass secrets through the environment or a file ({pair.Key}{SecretSetting.FileSuffix}).");
        }

        var database = configuration["Database"];
        if (string.IsNullOrWhiteSpace(database))
        {
            problems.Add("Database (the PostgreSQL connection string) is not set.");
        }
        else if (MalformedConnectionString(database) is { } malformed)
        {
            problems.Add($"Database is not a valid PostgreSQL connection string: {malformed}");
        }

        var adminToken = SecretSetting.Read(configuration, "AdminToken", problems);
        if (adminToken is null && !problems.Any(problem => problem.StartsWith("AdminToken", StringComparison.Ordinal)))
        {
            problems.Add("AdminToken is not set: the admin API never runs without authentication.");
        }

        var webhooks = new WebhookSecrets(
            SecretSetting.Read(configuration, "Webhooks:GitHubSecret", problems),
            SecretSetting.Read(configuration, "Webhooks:GitLabToken", problems),
            SecretSetting.Read(configuration, "Webhooks:GiteaSecret", problems));
        var sources = ReadSources(configuration, problems);
        var oidc = OidcSettingsReader.Read(configuration, [.. sources.Select(source => source.Name)], problems);
        var settings = new ControlPlaneSettings
        {
            DatabaseConnectionString = database ?? string.Empty,
            Sources = sources,
            ControllerName = configuration["ControllerName"] is { Length: > 0 } controller ? controller : Translation.TranslatorOptions.DefaultControllerName,
            ClusterDomain = ClusterDomain(configuration, problems),
            StateDirectory = Path.GetFullPath(configuration["StateDirectory"] is { Length: > 0 } state ? state : Path.Combine(".gitops-gateway", "state")),
            AdminToken = adminToken ?? string.Empty,
            NodeTokens = NodeTokenList.Parse(
                SecretSetting.Read(configuration, "NodeTokens", problems) ?? string.Empty,
                configuration["NodeTokensFile"] is { Length: > 0 } tokensFile ? $"NodeTokensFile ({tokensFile})" : "NodeTokens",
                problems),
            NodeTokensFile = configuration["NodeTokensFile"] is { Length: > 0 } nodeTokensFile ? Path.GetFullPath(nodeTokensFile) : null,
            NodeTokensOverlap = NonNegativeDuration(configuration, "NodeTokensOverlap", TimeSpan.FromMinutes(5), problems),
            WebhookSecretOverlap = NonNegativeDuration(configuration, "Webhooks:SecretOverlap", TimeSpan.FromMinutes(5), problems),
            Webhooks = webhooks,
            Oidc = oidc,
            InitialHistoryDepth = Positive(configuration, "Ingestion:InitialHistoryDepth", 100, problems),
            BatchSize = Positive(configuration, "Ingestion:BatchSize", 50, problems),
            LeadershipRetryInterval = Duration(configuration, "Leadership:RetryInterval", TimeSpan.FromSeconds(2), problems),
            TelemetryExporter = Exporter(configuration, problems),
            OtlpEndpoint = configuration["Telemetry:OtlpEndpoint"] is { Length: > 0 } endpoint ? new Uri(endpoint, UriKind.Absolute) : null,
            UnknownKeys = UnknownSettingKeys.Find(
                configuration, environmentVariables ?? Environment.GetEnvironmentVariables().Keys.Cast<string>(), ControlPlaneHost.EnvironmentPrefix),
        };
        return problems.Count == 0 ? settings : throw new ControlPlaneConfigurationException(problems);
    }

    private static List<WatchedSource> ReadSources(IConfiguration configuration, List<string> problems)
    {
        var sources = new List<WatchedSource>();
        var sections = configuration.GetSection("Sources").GetChildren().ToList();
        if (sections.Count == 0)
        {
            problems.Add("No source is configured (Sources:0:Name, Sources:0:Repository, ...).");
        }

        foreach (var section in sections)
        {
            var bound = new SourceSettings();
            try
            {
                section.Bind(bound);
            }
            catch (InvalidOperationException exception)
            {
                problems.Add($"Sources:{section.Key}: {exception.Message}");
                continue;
            }

            if (ToSource(section, bound, problems) is { } source)
            {
                if (sources.Any(existing => existing.Name == source.Name))
                {
                    problems.Add($"Sources:{section.Key}: the name '{source.Name}' is used twice.");
                }

                sources.Add(source);
            }
        }

        return sources;
    }

    private static WatchedSource? ToSource(IConfigurationSection section, SourceSettings bound, List<string> problems)
    {
        var at = $"Sources:{section.Key}";
        var count = problems.Count;
        if (string.IsNullOrWhiteSpace(bound.Name))
        {
            problems.Add($"{at}:Name is not set.");
        }

        if (string.IsNullOrWhiteSpace(bound.Repository))
        {
            problems.Add($"{at}:Repository is not set.");
        }

        if (bound.PollInterval <= TimeSpan.Zero)
        {
            problems.Add($"{at}:PollInterval must be positive.");
        }

        var password = SecretSetting.Read(section, "Password", problems);
        var webhookSecret = SecretSetting.Read(section, "WebhookSecret", problems);
        if ((password is null) != (bound.Username is null))
        {
            problems.Add($"{at}: set both Username and Password (or PasswordFile), or neither.");
        }

        if (problems.Count > count)
        {
            return null;
        }

        var definition = new SourceDefinition
        {
            Name = bound.Name!,
            Repository = bound.Repository!,
            Branch = bound.Branch,
            Folder = bound.Folder,
            PollInterval = bound.PollInterval,
        };
        var credentials = password is null ? null : new GitCredentials(bound.Username!, password);
        try
        {
            // The reader validates branch, folder and URL; nothing is touched on disk until the first fetch.
            using var probe = new GitSourceReader(definition, Path.Combine(Path.GetTempPath(), "gitops-gateway-validation"), credentials);
        }
        catch (ArgumentException exception)
        {
            problems.Add($"{at}: {exception.Message}");
            return null;
        }

        return new WatchedSource(definition, credentials)
        {
            WebhookSecret = webhookSecret is null
                ? null
                : new ConfiguredSecret(webhookSecret, section["WebhookSecretFile"] is { Length: > 0 } file ? Path.GetFullPath(file) : null),
        };
    }

    /// <summary>The DNS suffix of Service names (<c>NAME.NAMESPACE.svc.SUFFIX</c>), as <c>ggctl validate --cluster-domain</c> takes it.</summary>
    private static string ClusterDomain(IConfiguration configuration, List<string> problems)
    {
        var text = configuration["ClusterDomain"];
        if (string.IsNullOrEmpty(text))
        {
            return Translation.TranslatorOptions.DefaultClusterDomain;
        }

        var domain = text.Trim().TrimEnd('.');
        if (domain.Length > 0 && domain.Split('.').All(label => label.Length is > 0 and <= 63 && label.All(character => char.IsAsciiLetterOrDigit(character) || character == '-')))
        {
            return domain;
        }

        problems.Add($"ClusterDomain must be a DNS name such as cluster.local, not '{text}'.");
        return Translation.TranslatorOptions.DefaultClusterDomain;
    }

    private static int Positive(IConfiguration configuration, string key, int fallback, List<string> problems)
    {
        var text = configuration[key];
        if (string.IsNullOrEmpty(text))
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0)
        {
            return value;
        }

        problems.Add($"{key} must be a positive whole number, not '{text}'.");
        return fallback;
    }

    private static TimeSpan Duration(IConfiguration configuration, string key, TimeSpan fallback, List<string> problems)
    {
        var text = configuration[key];
        if (string.IsNullOrEmpty(text))
        {
            return fallback;
        }

        if (TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var value) && value > TimeSpan.Zero)
        {
            return value;
        }

        problems.Add($"{key} must be a positive duration such as 00:00:02, not '{text}'.");
        return fallback;
    }

    private static TimeSpan NonNegativeDuration(IConfiguration configuration, string key, TimeSpan fallback, List<string> problems)
    {
        var text = configuration[key];
        if (string.IsNullOrEmpty(text))
        {
            return fallback;
        }

        if (TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var value) && value >= TimeSpan.Zero)
        {
            return value;
        }

        problems.Add($"{key} must be a duration such as 00:05:00 (00:00:00 for none), not '{text}'.");
        return fallback;
    }

    private static TelemetryExporter Exporter(IConfiguration configuration, List<string> problems)
    {
        var text = configuration["Telemetry:Exporter"];
        if (string.IsNullOrEmpty(text))
        {
            return TelemetryExporter.None;
        }

        if (Enum.TryParse<TelemetryExporter>(text, ignoreCase: true, out var exporter) && Enum.IsDefined(exporter))
        {
            return exporter;
        }

        problems.Add($"Telemetry:Exporter must be none, console or otlp, not '{text}'.");
        return TelemetryExporter.None;
    }

    /// <summary>Npgsql's own reading of the connection string; a malformed one can never connect, so no wait would help.</summary>
    private static string? MalformedConnectionString(string connectionString)
    {
        try
        {
            _ = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
            return null;
        }
        catch (ArgumentException exception)
        {
            return exception.Message;
        }
    }
}
