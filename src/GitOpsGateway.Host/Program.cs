using GitOpsGateway.ControlPlane;
using GitOpsGateway.Host.DataPlaneCommand;
using GitOpsGateway.Host.DevCommand;

const string Usage = """
    Usage: gitops-gateway <command> [options]

    Commands:
      control-plane   watch the Git sources, keep the event store, serve the admin API, webhooks and node feed
                      [--urls URL] [--database CONNSTRING] [--KEY value ...]   (docs/admin-api.md)
      data-plane      serve one Gateway's route tables from the control plane's feed
                      --control-plane URL --gateway NAMESPACE/NAME [--node-id ID] [--ports 80=8080,443=8443]
                      [--bind-address IP] [--admin-port 9180] [--state-directory DIR] [--secrets-directory DIR]
                      [--node-token-file FILE]   (or the node token in GITOPS_GATEWAY_NODE_TOKEN)
      dev             everything on this machine: a throwaway PostgreSQL, the control plane, one node and demo
                      backends, watching gitops-example/   [--repo PATH] [--data DIR] [--postgres CONNSTRING]
                      [--gateway NAMESPACE/NAME] [--ports 80=8080,443=8443] [--admin-port 9080]
                      (docs/adr/0007-dev-mode.md)
    """;

return args switch
{
    ["control-plane", .. var rest] => await ControlPlaneHost.RunAsync(rest),
    ["data-plane", .. var rest] => await DataPlaneNodeHost.RunAsync(rest),
    ["dev", .. var rest] => await DevRun.RunAsync(rest),
    ["--help" or "-h" or "help", ..] => PrintUsage(Console.Out, 0),
    _ => PrintUsage(Console.Error, 64),
};

static int PrintUsage(TextWriter writer, int exitCode)
{
    writer.WriteLine(Usage);
    return exitCode;
}
