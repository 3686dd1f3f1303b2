using GitOpsGateway.Testing.Echo;

namespace GitOpsGateway.Testing.Tests.Echo;

public sealed class EchoResponseTests
{
    [Fact]
    public void json_round_trip_keeps_every_field()
    {
        var original = new EchoResponse
        {
            Backend = "b",
            Method = "GET",
            Path = "/p",
            Query = "?q=1",
            RawTarget = "/p?q=1",
            Host = "h",
            Headers = new Dictionary<string, IReadOnlyList<string>> { ["X-A"] = ["1", "2"] },
            Protocol = "HTTP/2",
            TlsServerName = "sni.example.test",
            RequestNumber = 42,
        };

        var parsed = EchoResponse.Parse(original.ToJson());

        Assert.Equal(original with { Headers = parsed.Headers }, parsed);
        Assert.Equal(["1", "2"], parsed.HeaderValues("x-a"));
        Assert.Contains("\"requestNumber\":42", original.ToJson(), StringComparison.Ordinal);
    }
}
