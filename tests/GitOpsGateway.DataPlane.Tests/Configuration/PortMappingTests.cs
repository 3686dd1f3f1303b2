using GitOpsGateway.DataPlane.Configuration;

namespace GitOpsGateway.DataPlane.Tests.Configuration;

public sealed class PortMappingTests
{
    [Fact]
    public void mapped_ports_are_served_locally_and_unmapped_ports_on_themselves()
    {
        var mapping = PortMapping.Parse(" 80=8080, 443=8443 ");

        Assert.Equal(8080, mapping.LocalPortFor(80));
        Assert.Equal(8443, mapping.LocalPortFor(443));
        Assert.Equal(9000, mapping.LocalPortFor(9000));
        Assert.Equal(80, mapping.ListenerPortFor(8080));
        Assert.Equal(9000, mapping.ListenerPortFor(9000));
        Assert.Equal("80=8080,443=8443", mapping.ToString());
    }

    [Fact]
    public void a_local_port_that_is_only_a_mapped_listener_port_serves_nothing()
    {
        var mapping = PortMapping.Parse("80=8080");

        Assert.Equal(-1, mapping.ListenerPortFor(80));
    }

    [Theory]
    [InlineData("80")]
    [InlineData("80=x")]
    [InlineData("80=8080,80=8081")]
    [InlineData("-1=80")]
    public void malformed_mappings_are_refused(string text)
    {
        Assert.Throws<FormatException>(() => PortMapping.Parse(text));
    }

    [Fact]
    public void two_listener_ports_cannot_share_a_local_port()
    {
        Assert.Throws<ArgumentException>(() => PortMapping.Parse("80=8080,81=8080"));
    }

    [Fact]
    public void blank_text_is_the_identity_mapping()
    {
        Assert.Empty(PortMapping.Parse("  ").LocalPortByListenerPort);
        Assert.Equal(443, PortMapping.Parse(null).LocalPortFor(443));
    }
}
