using GitOpsGateway.DevMode.Secrets;
using LibGit2Sharp;
using Microsoft.Extensions.Logging;

namespace GitOpsGateway.DevMode.Sources;

/// <summary>
/// Polls the watched folder: first its TLS Secrets (so a key pair is there before the version naming it is
/// applied), then, for a plain folder, the private repository's commit. A folder that cannot be read is retried.
/// </summary>
public sealed class DevFolderWatcher(string folder, RepositorySecrets secrets, FolderMirror? mirror, ILogger logger)
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    /// <summary>One pass; the first one runs before the control plane starts, so the private repository has a commit.</summary>
    public async Task PollOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            await secrets.RefreshAsync(cancellationToken);
            mirror?.SyncOnce(cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or LibGit2SharpException)
        {
            DevModeLog.FolderUnreadable(logger, folder, exception.Message);
        }
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                await PollOnceAsync(cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Dev mode is stopping.
        }
    }
}
