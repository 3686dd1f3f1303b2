namespace GitOpsGateway.Sources.Git;

/// <summary>
/// Where a source's repository lives, in the form libgit2 fetches from. Only local paths, <c>file://</c> and
/// <c>https://</c> are accepted; credentials embedded in a URL are refused because the URL is stored in the clone's
/// config and shows up in messages (pass <see cref="GitCredentials"/> instead).
/// </summary>
internal sealed record RemoteLocation(RemoteKind Kind, string Url)
{
    public static RemoteLocation Parse(string repository)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(repository);
        if (!repository.Contains("://", StringComparison.Ordinal))
        {
            if (LooksLikeScpStyle(repository))
            {
                throw Unsupported(repository, "SSH remotes are not supported; use an https:// URL with credentials");
            }

            return new RemoteLocation(RemoteKind.LocalPath, Path.GetFullPath(repository));
        }

        if (!Uri.TryCreate(repository, UriKind.Absolute, out var uri))
        {
            throw Unsupported(repository, "it is not a valid URL");
        }

        if (uri.UserInfo.Length > 0)
        {
            throw new ArgumentException(
                "The repository URL must not contain credentials; pass them as GitCredentials.", nameof(repository));
        }

        return uri.Scheme switch
        {
            "file" => new RemoteLocation(RemoteKind.FileUrl, repository),
            "https" => new RemoteLocation(RemoteKind.Https, repository),
            _ => throw Unsupported(repository, $"the scheme '{uri.Scheme}' is not supported (use a path, file:// or https://)"),
        };
    }

    // "git@host:org/repo.git": a colon before any slash, and not a Windows drive letter.
    private static bool LooksLikeScpStyle(string repository)
    {
        var colon = repository.IndexOf(':', StringComparison.Ordinal);
        var slash = repository.IndexOf('/', StringComparison.Ordinal);
        return colon > 1 && (slash < 0 || colon < slash);
    }

    private static ArgumentException Unsupported(string repository, string why) =>
        new($"Cannot read the repository '{repository}': {why}.", nameof(repository));
}
