namespace GitOpsGateway.Host;

/// <summary>What <c>gitops-gateway control-plane --help</c> prints: every setting the control plane reads.</summary>
internal static class ControlPlaneUsage
{
    public const string Text = """
        Usage: gitops-gateway control-plane [--urls URL] [--database CONNSTRING] [--state-directory DIR]
                                            [--controller-name NAME] [--cluster-domain SUFFIX] [--KEY value ...]

        Every setting is a configuration key: in appsettings.json, as an environment variable GITOPS_GATEWAY_KEY
        (':' written '__'), or as a flag --KEY value. Secrets (tokens, passwords) are refused as flags; give them in
        the environment or in a file named by the key with 'File' appended.

          Database                      PostgreSQL connection string (required)
          AdminToken[File]              bearer token of the admin API (required)
          NodeTokens[File]              node tokens, one per line or ';'-separated: NAME NS/GATEWAY[,NS/GATEWAY] TOKEN
                                        (a NodeTokensFile is re-read while running)
          NodeTokensOverlap             how long a token replaced under the same name stays valid (00:05:00)
          ControllerName                GatewayClass controllerName served (gitops-gateway.dev/gateway-controller)
          ClusterDomain                 DNS suffix of Service names, NAME.NAMESPACE.svc.SUFFIX (cluster.local)
          StateDirectory                local clones (.gitops-gateway/state)
          Sources:N:Name, Repository, Branch (main), Folder, PollInterval (00:00:30), Username, Password[File]
          Sources:N:WebhookSecret[File] the source's own webhook secret (a WebhookSecretFile is re-read while running)
          Webhooks:SecretOverlap        how long a source's previous webhook secret is still accepted (00:05:00)
          Webhooks:GitHubSecret[File], Webhooks:GitLabToken[File], Webhooks:GiteaSecret[File]
                                        deprecated shared secrets, for sources without their own
          Ingestion:InitialHistoryDepth (100), Ingestion:BatchSize (50), Leadership:RetryInterval (00:00:02)
          Telemetry:Exporter (none|console|otlp), Telemetry:OtlpEndpoint

        A GITOPS_GATEWAY_* variable or a key under Sources, Webhooks, Ingestion, Leadership or Telemetry that is
        none of these is logged as a warning (event 3040) naming the closest known key; the start goes on.
        """;
}
