using GitOpsGateway.ControlPlane;
using GitOpsGateway.Host;
using GitOpsGateway.Host.DataPlaneCommand;
using GitOpsGateway.Host.DevCommand;
using GitOpsGateway.Host.MaskSecretCommand;
using GitOpsGateway.Host.RebuildCommand;

const string Usage = """
    Usage: gitops-gateway <command> [options]

    Commands:
      control-plane   watch the Git sources, keep the event store, serve the admin API, webhooks and node feed
                      [--urls URL] [--database CONNSTRING] [--cluster-domain SUFFIX] [--KEY value ...]
                      (gitops-gateway control-plane --help lists every setting; docs/admin-api.md)
      data-plane      serve one Gateway's route tables from the control plane's feed
                      --control-plane URL --gateway NAMESPACE/NAME [--node-id ID] [--ports 80=8080,443=8443]
                      [--bind-address IP] [--admin-port 9180] [--state-directory DIR] [--secrets-directory DIR]
                      [--node-token-file FILE]   (or the node token in GITOPS_GATEWAY_NODE_TOKEN)
                      [--udp-session-idle-timeout SECONDS|HH:MM:SS (60)] [--udp-max-sessions-per-port N (10000)]
      dev             everything on this machine: a throwaway PostgreSQL, the control plane, one node and demo
                      backends, watching gitops-example/   [--repo PATH] [--data DIR] [--postgres CONNSTRING]
                      [--gateway NAMESPACE/NAME] [--ports 80=8080,443=8443] [--admin-port 9080]
                      (docs/adr/0007-dev-mode.md)
      rebuild-projections   delete and replay every read model of the event store, with every control plane
                      stopped   --database CONNSTRING [--timeout SECONDS (600, per projection)]
                      exit codes: 0 rebuilt, 1 failed, 64 usage, 75 a control plane leads this database (ADR 0010)
      mask-secret     replace a leaked value in every stored event and document by a marker, with every control
                      plane stopped   --database CONNSTRING --value-file FILE [--reason TEXT] [--actor NAME]
                      exit codes: 0 masked, 1 failed, 64 usage, 75 a control plane leads this database (ADR 0015)
    """;

return args switch
{
    ["control-plane", "--help" or "-h"] => PrintUsage(Console.Out, 0, ControlPlaneUsage.Text),
    ["control-plane", .. var rest] => await ControlPlaneHost.RunAsync(rest),
    ["data-plane", .. var rest] => await DataPlaneNodeHost.RunAsync(rest),
    ["dev", .. var rest] => await DevRun.RunAsync(rest),
    ["rebuild-projections", .. var rest] => await RebuildProjectionsCommand.RunAsync(rest, Console.Out, Console.Error, CancellationToken.None),
    ["mask-secret", .. var rest] => await MaskSecretCommand.RunAsync(rest, Console.Out, Console.Error, CancellationToken.None),
    ["--help" or "-h" or "help", ..] => PrintUsage(Console.Out, 0),
    _ => PrintUsage(Console.Error, 64),
};

static int PrintUsage(TextWriter writer, int exitCode, string text = Usage)
{
    writer.WriteLine(text);
    return exitCode;
}
