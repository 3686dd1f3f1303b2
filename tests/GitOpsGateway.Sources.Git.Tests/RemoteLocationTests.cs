namespace GitOpsGateway.Sources.Git.Tests;

public sealed class RemoteLocationTests
{
    [Fact]
    public void a_relative_path_becomes_an_absolute_local_path() =>
        Assert.Equal(new RemoteLocation(RemoteKind.LocalPath, Path.GetFullPath("repos/gateways.git")), RemoteLocation.Parse("repos/gateways.git"));

    [Fact]
    public void file_and_https_urls_are_kept_as_given()
    {
        Assert.Equal(new RemoteLocation(RemoteKind.FileUrl, "file:///srv/git/gateways.git"), RemoteLocation.Parse("file:///srv/git/gateways.git"));
        Assert.Equal(
            new RemoteLocation(RemoteKind.Https, "https://git.example.test/org/gateways.git"),
            RemoteLocation.Parse("https://git.example.test/org/gateways.git"));
    }

    [Theory]
    [InlineData("https://deployer:secret@git.example.test/org/gateways.git")]
    [InlineData("https://deployer@git.example.test/org/gateways.git")]
    public void credentials_inside_a_url_are_refused_without_echoing_them(string url)
    {
        var refusal = Assert.Throws<ArgumentException>(() => RemoteLocation.Parse(url));

        Assert.DoesNotContain("secret", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("GitCredentials", refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("git@github.example.test:org/gateways.git")]
    [InlineData("ssh://git@git.example.test/org/gateways.git")]
    [InlineData("http://git.example.test/org/gateways.git")]
    [InlineData("git://git.example.test/org/gateways.git")]
    public void other_transports_are_refused(string repository) =>
        Assert.Throws<ArgumentException>(() => RemoteLocation.Parse(repository));
}
