using GitOpsGateway.GatewayApi.Gateways;
using GitOpsGateway.GatewayApi.Status;
using static GitOpsGateway.GatewayApi.Tests.Validation.Build;

namespace GitOpsGateway.GatewayApi.Tests.Validation;

public sealed class GatewayValidationTests
{
    private static Gateway WithAddresses(params GatewayAddress[] addresses) => Gateway() with { Spec = Gateway().Spec with { Addresses = addresses } };

    [Fact]
    public void A_gateway_with_http_and_https_listeners_is_valid() => Assert.Empty(Errors(Gateway(Listener(), HttpsListener())));

    [Theory]
    [InlineData(80, true)]
    [InlineData(65535, true)]
    [InlineData(0, false)]
    [InlineData(65536, false)]
    public void Listener_ports_range_from_1_to_65535(int port, bool valid)
    {
        var errors = Errors(Gateway(Listener(port: port)));

        Assert.Equal(valid ? [] : [("spec.listeners[0].port", ConditionReasons.PortUnavailable, (int?)0)], errors.Select(e => (e.FieldPath, e.Reason, e.ListenerIndex)));
    }

    [Theory]
    [InlineData("HTTP", true)]
    [InlineData("example.com/quic", true)]
    [InlineData("HTTP/2!", false)]
    [InlineData("", false)]
    public void Protocols_are_core_names_or_domain_prefixed(string protocol, bool valid) =>
        Assert.Equal(valid ? [] : [ConditionReasons.UnsupportedProtocol], Errors(Gateway(Listener(protocol: protocol))).Select(e => e.Reason));

    [Fact]
    public void Listener_names_must_be_unique_within_the_gateway()
    {
        var error = Assert.Single(Errors(Gateway(Listener("web"), Listener("web", port: 8080))));

        Assert.Equal(("spec.listeners", ConditionReasons.Invalid, (int?)null), (error.FieldPath, error.Reason, error.ListenerIndex));
        Assert.Empty(Errors(Gateway(Listener("web"), Listener("web-alt", port: 8080))));
    }

    [Fact]
    public void Listeners_sharing_port_protocol_and_hostname_are_conflicted()
    {
        var errors = Errors(Gateway(Listener("a"), Listener("b")));

        Assert.Equal([(ConditionTypes.Conflicted, ConditionReasons.HostnameConflict, 0), (ConditionTypes.Conflicted, ConditionReasons.HostnameConflict, 1)],
            errors.Select(e => (e.ConditionType, e.Reason, e.ListenerIndex!.Value)));
        Assert.Empty(Errors(Gateway(Listener("a"), Listener("b") with { Hostname = "b.example.com" })));
    }

    [Fact]
    public void A_gateway_needs_one_to_64_listeners()
    {
        Assert.Equal(("spec.listeners", ConditionReasons.ListenersNotValid), SingleError(Gateway() with { Spec = Gateway().Spec with { Listeners = [] } }));
        var many = Enumerable.Range(1, 65).Select(i => Listener($"l{i}", port: i)).ToArray();
        Assert.Equal(("spec.listeners", ConditionReasons.ListenersNotValid), SingleError(Gateway(many)));
        Assert.Empty(Errors(Gateway(many[..64])));
    }

    [Fact]
    public void Https_needs_tls_with_a_certificate()
    {
        var error = Assert.Single(Errors(Gateway(HttpsListener() with { Tls = null })));

        Assert.Equal((ConditionTypes.ResolvedRefs, ConditionReasons.InvalidCertificateRef, 0), (error.ConditionType, error.Reason, error.ListenerIndex));
        Assert.Equal(ConditionReasons.InvalidCertificateRef, SingleError(Gateway(HttpsListener() with { Tls = new ListenerTls() })).Reason);
    }

    [Fact]
    public void Tls_settings_must_fit_the_protocol()
    {
        Assert.Equal(("spec.listeners[0].tls", ConditionReasons.UnsupportedValue), SingleError(Gateway(Listener() with { Tls = new ListenerTls() })));
        Assert.Equal(("spec.listeners[0].tls.mode", ConditionReasons.UnsupportedValue), SingleError(Gateway(HttpsListener() with { Tls = HttpsListener().Tls! with { Mode = TlsModes.Passthrough } })));
        Assert.Equal(("spec.listeners[0].tls", ConditionReasons.UnsupportedValue), SingleError(Gateway(Listener("tls", 443, ListenerProtocols.Tls))));
        Assert.Empty(Errors(Gateway(Listener("tls", 443, ListenerProtocols.Tls) with { Tls = new ListenerTls { Mode = TlsModes.Passthrough } })));
        Assert.Equal(("spec.listeners[0].hostname", ConditionReasons.UnsupportedValue), SingleError(Gateway(Listener("tcp", 5432, ListenerProtocols.Tcp) with { Hostname = "db.example.com" })));
    }

    [Fact]
    public void Allowed_route_kinds_must_fit_the_protocol()
    {
        var kinds = new AllowedRoutes { Kinds = [new RouteGroupKind { Kind = "HTTPRoute" }, new RouteGroupKind { Kind = "TLSRoute" }] };

        var error = Assert.Single(Errors(Gateway(Listener() with { AllowedRoutes = kinds })));

        Assert.Equal((ConditionTypes.ResolvedRefs, ConditionReasons.InvalidRouteKinds, 0), (error.ConditionType, error.Reason, error.ListenerIndex));
        Assert.Contains("TLSRoute", error.Message, StringComparison.Ordinal);
        Assert.Empty(Errors(Gateway(Listener() with { AllowedRoutes = new AllowedRoutes { Kinds = [new RouteGroupKind { Kind = "GRPCRoute" }] } })));
    }

    [Fact]
    public void A_selector_is_required_and_checked_when_namespaces_come_from_a_selector()
    {
        AllowedRoutes From(LabelSelector? selector) => new() { Namespaces = new RouteNamespaces { From = FromNamespaces.Selector, Selector = selector } };
        var badOperator = new LabelSelector { MatchExpressions = [new LabelSelectorRequirement { Key = "env", Operator = "Like", Values = ["p"] }] };

        Assert.Single(Errors(Gateway(Listener() with { AllowedRoutes = From(null) })));
        Assert.Single(Errors(Gateway(Listener() with { AllowedRoutes = From(badOperator) })));
        Assert.Empty(Errors(Gateway(Listener() with { AllowedRoutes = From(new LabelSelector { MatchLabels = new Dictionary<string, string> { ["expose"] = "true" } }) })));
    }

    [Fact]
    public void Addresses_must_be_valid_and_unique_per_type()
    {
        var ip = new GatewayAddress { Value = "192.0.2.1" };

        Assert.Empty(Errors(WithAddresses(ip, new GatewayAddress { Type = AddressTypes.Hostname, Value = "edge.example.com" }, new GatewayAddress())));
        Assert.Equal(("spec.addresses[0].value", ConditionReasons.UnsupportedAddress), SingleError(WithAddresses(new GatewayAddress { Value = "not-an-ip" })));
        Assert.Equal(("spec.addresses", ConditionReasons.UnsupportedAddress), SingleError(WithAddresses(ip, ip)));
        Assert.Equal(("spec.addresses[0].type", ConditionReasons.UnsupportedAddress), SingleError(WithAddresses(new GatewayAddress { Type = "Custom", Value = "x" })));
    }

    [Fact]
    public void Infrastructure_parameters_ref_errors_are_invalid_parameters()
    {
        var infrastructure = new GatewayInfrastructure { ParametersRef = new LocalParametersReference { Group = "example.com", Kind = "bad kind", Name = "p" } };

        Assert.Equal(("spec.infrastructure.parametersRef.kind", ConditionReasons.InvalidParameters), SingleError(Gateway() with { Spec = Gateway().Spec with { Infrastructure = infrastructure } }));
    }

    [Fact]
    public void A_253_character_gateway_name_is_valid()
    {
        Assert.Empty(Errors(Gateway() with { Metadata = Meta(new string('g', 253), "infra") }));
        Assert.Single(Errors(Gateway() with { Metadata = Meta(new string('g', 254), "infra") }));
    }

    [Fact]
    public void Supported_kinds_follow_the_protocol_and_narrow_to_the_allowed_kinds()
    {
        var http = Listener();
        var tls = Listener("tls", 443, ListenerProtocols.Tls) with
        {
            AllowedRoutes = new AllowedRoutes { Kinds = [new RouteGroupKind { Kind = "TCPRoute" }, new RouteGroupKind { Kind = "TLSRoute" }] },
        };

        Assert.Equal(["HTTPRoute", "GRPCRoute"], ListenerRouteKinds.Resolve(http).Supported.Select(k => k.Kind));
        var (supported, invalid) = ListenerRouteKinds.Resolve(tls);
        Assert.Equal(["TLSRoute"], supported.Select(k => k.Kind));
        Assert.Equal(["TCPRoute"], invalid.Select(k => k.Kind));
        Assert.Empty(ListenerRouteKinds.ForProtocol("example.com/quic"));
    }
}
