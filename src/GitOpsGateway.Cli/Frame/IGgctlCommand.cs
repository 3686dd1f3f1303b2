using System.CommandLine;

namespace GitOpsGateway.Cli.Frame;

/// <summary>One top-level command (validate, config, and later get, describe, history, ...), registered in <see cref="GgctlApplication"/>.</summary>
internal interface IGgctlCommand
{
    Command Build(CommandHost host);
}
