namespace GitOpsGateway.Testing.Git;

/// <summary>Who a test commit is by; used as both author and committer.</summary>
public sealed record GitAuthor(string Name, string Email)
{
    public static GitAuthor Default { get; } = new("Test Author", "author@example.test");
}
