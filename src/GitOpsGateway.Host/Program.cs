using GitOpsGateway.ControlPlane;

const string Usage = """
    Usage: gitops-gateway <command> [--key value ...]

    Commands:
      control-plane   watch the Git sources, keep the event store, serve the admin API and webhooks

    Settings come from appsettings.json, GITOPS_GATEWAY_* environment variables and --key value flags;
    see docs/admin-api.md.
    """;

return args switch
{
    ["control-plane", .. var rest] => await ControlPlaneHost.RunAsync(rest),
    ["--help" or "-h" or "help", ..] => PrintUsage(Console.Out, 0),
    _ => PrintUsage(Console.Error, 64),
};

static int PrintUsage(TextWriter writer, int exitCode)
{
    writer.WriteLine(Usage);
    return exitCode;
}
