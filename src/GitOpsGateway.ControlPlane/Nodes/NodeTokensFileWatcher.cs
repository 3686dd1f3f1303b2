using GitOpsGateway.ControlPlane.Configuration;
using GitOpsGateway.NodeFeed.Server;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GitOpsGateway.ControlPlane.Nodes;

/// <summary>
/// Re-reads <c>NodeTokensFile</c> while the control plane runs and puts a changed, valid list in force; an invalid
/// one is logged and the tokens in force stay. It polls the content rather than watching file events: a mounted
/// Kubernetes Secret changes by swapping a symbolic link, which file-system watchers report unreliably.
/// </summary>
internal sealed class NodeTokensFileWatcher(string path, TimeSpan interval, NodeTokenSet tokens, ILogger<NodeTokensFileWatcher> logger)
    : BackgroundService
{
    private string? lastText;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        lastText = TryRead();
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                ReloadIfChanged();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    internal void ReloadIfChanged()
    {
        var text = TryRead();
        if (text is null || string.Equals(text, lastText, StringComparison.Ordinal))
        {
            return;
        }

        lastText = text;
        var problems = new List<string>();
        var grants = NodeTokenList.Parse(text, $"NodeTokensFile ({path})", problems);
        if (problems.Count > 0)
        {
            NodeTokensLog.Invalid(logger, path, string.Join(" ", problems));
            return;
        }

        var overlapping = tokens.Replace(grants);
        NodeTokensLog.Reloaded(
            logger,
            path,
            grants.Count,
            string.Join(", ", grants.Select(grant => grant.Name).Distinct(StringComparer.Ordinal)),
            overlapping.Count == 0 ? "none" : string.Join(", ", overlapping));
    }

    private string? TryRead()
    {
        try
        {
            return File.ReadAllText(path).Trim();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            NodeTokensLog.Unreadable(logger, path, exception.Message);
            return null;
        }
    }
}
