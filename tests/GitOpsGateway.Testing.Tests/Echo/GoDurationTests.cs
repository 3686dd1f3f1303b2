using GitOpsGateway.Testing.Echo;

namespace GitOpsGateway.Testing.Tests.Echo;

public sealed class GoDurationTests
{
    [Theory]
    [InlineData("0", 0)]
    [InlineData("500ms", 500)]
    [InlineData("1s", 1_000)]
    [InlineData("1.5s", 1_500)]
    [InlineData("1m30s", 90_000)]
    [InlineData("2h", 7_200_000)]
    [InlineData("250000us", 250)]
    public void go_style_durations_parse_to_milliseconds(string text, double milliseconds)
    {
        Assert.True(GoDuration.TryParse(text, out var duration));
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), duration);
    }

    [Theory]
    [InlineData("")]
    [InlineData("500")]
    [InlineData("ms")]
    [InlineData("1 s")]
    [InlineData("5d")]
    [InlineData("-1s")]
    public void text_that_is_not_a_go_duration_is_rejected(string text)
    {
        Assert.False(GoDuration.TryParse(text, out _));
    }
}
