namespace GitOpsGateway.Sources.Git;

/// <summary>
/// Basic credentials for an https remote: a user name and a password or access token. The host reads them from
/// the environment or a file; they are handed to libgit2 on demand and never written to the clone's config.
/// </summary>
public sealed record GitCredentials(string Username, string Password)
{
    /// <summary>Keeps the secret out of logs and exception messages, which print records by default.</summary>
    public override string ToString() => $"GitCredentials {{ Username = {Username}, Password = *** }}";
}
