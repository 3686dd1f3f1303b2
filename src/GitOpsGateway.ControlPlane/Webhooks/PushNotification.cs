namespace GitOpsGateway.ControlPlane.Webhooks;

/// <summary>What a push payload says: the ref that moved and every way it names the repository.</summary>
/// <param name="Ref">"refs/heads/main".</param>
/// <param name="RepositoryUrls">Clone, web and SSH URLs, as sent.</param>
/// <param name="RepositoryNames">"org/repo" full names and GitLab's path_with_namespace.</param>
internal sealed record PushNotification(string Ref, IReadOnlyList<string> RepositoryUrls, IReadOnlyList<string> RepositoryNames);
