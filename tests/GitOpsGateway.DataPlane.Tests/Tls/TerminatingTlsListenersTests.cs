using GitOpsGateway.DataPlane.Tests.Support;
using GitOpsGateway.DataPlane.Tls;
using GitOpsGateway.RouteTables;

namespace GitOpsGateway.DataPlane.Tests.Tls;

public sealed class TerminatingTlsListenersTests
{
    private static readonly NamespacedName Secret = new() { Namespace = "infra", Name = "cert" };

    private static readonly TerminatingTlsListeners Listeners = new(new TableBuilder()
        .TlsTerminate("any", 444, null, Secret)
        .TlsTerminate("wide", 444, "*.example.com", Secret)
        .TlsTerminate("narrow", 444, "*.eu.example.com", Secret)
        .TlsTerminate("exact", 444, "db.eu.example.com", Secret)
        .TlsTerminate("elsewhere", 445, "db.eu.example.com", Secret)
        .Build());

    [Theory]
    [InlineData("db.eu.example.com", "exact")]
    [InlineData("DB.EU.EXAMPLE.COM.", "exact")]
    [InlineData("cache.eu.example.com", "narrow")]
    [InlineData("web.example.com", "wide")]
    [InlineData("example.com", "any")]
    [InlineData(null, "any")]
    public void the_most_specific_listener_of_the_port_answers(string? serverName, string listener)
    {
        Assert.Equal(listener, Listeners.For(444, serverName)?.Name);
    }

    [Fact]
    public void a_port_without_terminating_listeners_has_none()
    {
        Assert.Null(Listeners.For(446, "db.eu.example.com"));
    }
}
