using GitOpsGateway.ControlPlane.Configuration;

namespace GitOpsGateway.ControlPlane.Webhooks;

/// <summary>
/// The sources a push concerns: same branch, and the same repository by any of the payload's URLs, or by its
/// "org/repo" name being the tail of the source's repository address.
/// </summary>
internal static class SourceMatcher
{
    private const string BranchPrefix = "refs/heads/";

    public static IReadOnlyList<WatchedSource> Match(IEnumerable<WatchedSource> sources, PushNotification push)
    {
        if (!push.Ref.StartsWith(BranchPrefix, StringComparison.Ordinal))
        {
            return [];
        }

        var branch = push.Ref[BranchPrefix.Length..];
        var urls = push.RepositoryUrls.Select(RepositoryAddress.Normalize).ToHashSet(StringComparer.Ordinal);
        var names = push.RepositoryNames.Select(name => "/" + name.Trim('/').ToLowerInvariant()).ToList();
        return sources
            .Where(source => string.Equals(source.Definition.Branch, branch, StringComparison.Ordinal))
            .Where(source =>
            {
                var address = RepositoryAddress.Normalize(source.Definition.Repository);
                return urls.Contains(address) || names.Any(name => address.EndsWith(name, StringComparison.Ordinal));
            })
            .ToList();
    }
}
