using System.Globalization;
using GitOpsGateway.Benchmarks.Node;
using GitOpsGateway.Testing.Nodes;
using GitOpsGateway.Testing.Processes;

namespace GitOpsGateway.Benchmarks.PushToServed;

/// <summary>
/// <c>gitops-gateway control-plane</c> from the Host project's build, watching one bare repository's
/// <see cref="RevisionRepository.Folder"/> as source <c>shop</c>, with the benchmarks' admin, node and webhook secrets.
/// </summary>
internal static class ControlPlaneProcess
{
    public const string AdminToken = "benchmark-admin-token";
    public const string WebhookSecret = "benchmark-webhook-secret";

    /// <param name="pollInterval">How often the control plane fetches without a webhook.</param>
    /// <param name="debugLog">Log the product's Debug events (steps of a push), for benchmarks that read them.</param>
    public static ProjectProcess Start(string database, string repository, string stateDirectory, Uri address, TimeSpan pollInterval, bool debugLog)
    {
        var environment = new Dictionary<string, string?>
        {
            ["GITOPS_GATEWAY_DATABASE"] = database,
            ["GITOPS_GATEWAY_ADMINTOKEN"] = AdminToken,
            ["GITOPS_GATEWAY_NODETOKENS"] = NodeTokenEntries.For(FeedHost.NodeToken),
            ["GITOPS_GATEWAY_WEBHOOKS__GITHUBSECRET"] = WebhookSecret,
            ["GITOPS_GATEWAY_STATEDIRECTORY"] = stateDirectory,
            ["GITOPS_GATEWAY_SOURCES__0__NAME"] = "shop",
            ["GITOPS_GATEWAY_SOURCES__0__REPOSITORY"] = repository,
            ["GITOPS_GATEWAY_SOURCES__0__FOLDER"] = RevisionRepository.Folder,
            ["GITOPS_GATEWAY_SOURCES__0__POLLINTERVAL"] = pollInterval.ToString("c", CultureInfo.InvariantCulture),
        };
        if (debugLog)
        {
            environment["Logging__LogLevel__GitOpsGateway"] = "Debug";
        }

        return ProjectProcess.StartProject("GitOpsGateway.Host", ["control-plane", "--urls", address.ToString()], new ProjectProcessOptions { Environment = environment });
    }
}
