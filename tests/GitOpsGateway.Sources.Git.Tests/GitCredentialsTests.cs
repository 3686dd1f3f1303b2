namespace GitOpsGateway.Sources.Git.Tests;

public sealed class GitCredentialsTests
{
    [Fact]
    public void printing_credentials_never_shows_the_password()
    {
        var credentials = new GitCredentials("deployer", "ghp_secret_token");

        Assert.Equal("GitCredentials { Username = deployer, Password = *** }", credentials.ToString());
        Assert.DoesNotContain("ghp_secret_token", $"{credentials}", StringComparison.Ordinal);
    }
}
