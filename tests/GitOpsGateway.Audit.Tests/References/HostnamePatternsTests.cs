using GitOpsGateway.Audit.References;

namespace GitOpsGateway.Audit.Tests.References;

public sealed class HostnamePatternsTests
{
    [Fact]
    public void an_exact_name_is_served_by_itself_each_wildcard_over_a_shorter_suffix_and_the_catch_all()
    {
        Assert.Equal(["a.b.example.com", "*.b.example.com", "*.example.com", "*.com", "*"], HostnamePatterns.Serving("a.b.example.com"));
    }

    [Fact]
    public void a_single_label_name_is_served_by_itself_and_the_catch_all()
    {
        Assert.Equal(["localhost", "*"], HostnamePatterns.Serving("localhost"));
    }

    [Theory]
    [InlineData("*.example.com")]
    [InlineData("*")]
    public void a_pattern_asked_for_stands_only_for_itself(string pattern)
    {
        Assert.Equal([pattern], HostnamePatterns.Serving(pattern));
    }

    [Fact]
    public void a_hostname_subject_matches_the_keys_of_its_patterns_and_other_subjects_only_their_own_key()
    {
        Assert.Equal(["hostname:api.example.com", "hostname:*.example.com", "hostname:*.com", "hostname:*"], ReferenceSubject.Hostname("API.Example.com.").MatchingKeys);
        Assert.Equal(["backend:shop/api"], ReferenceSubject.Backend("shop", "api").MatchingKeys);
        Assert.Equal(["path:/"], ReferenceSubject.Path("/").MatchingKeys);
    }
}
