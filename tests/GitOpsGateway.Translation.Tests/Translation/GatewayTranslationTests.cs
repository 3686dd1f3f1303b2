using GitOpsGateway.GatewayApi;
using GitOpsGateway.GatewayApi.Status;
using GitOpsGateway.RouteTables.Listeners;
using GitOpsGateway.RouteTables.Serialization;

namespace GitOpsGateway.Translation.Tests.Translation;

public sealed class GatewayTranslationTests
{
    [Fact]
    public void Classes_of_other_controllers_get_no_status_and_their_gateways_are_ignored()
    {
        var result = Results.Translate(Manifests.Join(
            Manifests.Gateway("- {name: http, port: 80, protocol: HTTP}"),
            """
            apiVersion: gateway.networking.k8s.io/v1
            kind: GatewayClass
            metadata: {name: theirs}
            spec: {controllerName: example.net/other-controller}
            ---
            apiVersion: gateway.networking.k8s.io/v1
            kind: Gateway
            metadata: {name: foreign, namespace: infra}
            spec: {gatewayClassName: theirs, listeners: [{name: http, port: 80, protocol: HTTP}]}
            ---
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: to-foreign, namespace: infra}
            spec: {parentRefs: [{name: foreign}]}
            """));

        Assert.Equal(["ours"], result.GatewayClasses.Keys);
        Assert.Equal(["edge"], result.Gateways.Keys.Select(key => key.Name));
        Assert.Equal(["edge"], result.Tables.Select(table => table.Gateway.Name));
        Assert.Empty(result.Routes);
    }

    [Fact]
    public void A_class_with_parameters_is_refused_and_so_are_its_gateways()
    {
        var result = Results.Translate(Manifests.Gateway("- {name: http, port: 80, protocol: HTTP}").Replace(
            "controllerName: gitops-gateway.dev/gateway-controller}", "controllerName: gitops-gateway.dev/gateway-controller, parametersRef: {group: example.net, kind: Config, name: tuning}}", StringComparison.Ordinal));

        result.GatewayClasses["ours"].Conditions.AssertCondition(ConditionTypes.Accepted, ConditionStatus.False, ConditionReasons.InvalidParameters);
        result.GatewayClasses["ours"].Conditions.AssertCondition(ConditionTypes.SupportedVersion, ConditionStatus.True, ConditionReasons.SupportedVersion);
        result.Gateway().Conditions.AssertCondition(ConditionTypes.Accepted, ConditionStatus.False, ConditionReasons.Invalid);
        result.Gateway().Conditions.AssertCondition(ConditionTypes.Programmed, ConditionStatus.False, ConditionReasons.Invalid);
        Assert.Empty(result.Table().Listeners);
    }

    [Fact]
    public void Every_condition_carries_the_object_generation()
    {
        var result = Results.Translate(Manifests.Gateway("- {name: http, port: 80, protocol: HTTP}")
            .Replace("metadata: {name: edge, namespace: infra}", "metadata: {name: edge, namespace: infra, generation: 7}", StringComparison.Ordinal));

        Assert.All(result.Gateway().Conditions.Concat(result.Gateway().Listeners.SelectMany(listener => listener.Conditions)),
            condition => Assert.Equal(7, condition.ObservedGeneration));
        result.Gateway().Conditions.AssertCondition(ConditionTypes.Programmed, ConditionStatus.False, ConditionReasons.Pending);
    }

    [Fact]
    public void Listeners_of_different_protocols_on_one_port_all_conflict_and_leave_the_others_serving()
    {
        var result = Results.Translate(Manifests.Gateway("""
            - {name: web, port: 80, protocol: HTTP}
            - {name: raw, port: 80, protocol: TCP}
            - {name: other, port: 8080, protocol: HTTP}
            """));

        foreach (var name in new[] { "web", "raw" })
        {
            result.Listener(name).Conditions.AssertCondition(ConditionTypes.Conflicted, ConditionStatus.True, ConditionReasons.ProtocolConflict);
            result.Listener(name).Conditions.AssertCondition(ConditionTypes.Accepted, ConditionStatus.False, ConditionReasons.ProtocolConflict);
            result.Listener(name).Conditions.AssertCondition(ConditionTypes.Programmed, ConditionStatus.False, ConditionReasons.Invalid);
            Assert.Empty(result.Listener(name).SupportedKinds);
        }

        result.Listener("other").Conditions.AssertCondition(ConditionTypes.Conflicted, ConditionStatus.False, ConditionReasons.NoConflicts);
        Assert.Equal(["HTTPRoute", "GRPCRoute"], result.Listener("other").SupportedKinds.Select(kind => kind.Kind));
        result.Gateway().Conditions.AssertCondition(ConditionTypes.Accepted, ConditionStatus.True, ConditionReasons.ListenersNotValid);
        Assert.Equal(["other"], result.Table().Listeners.Select(listener => listener.Name));
    }

    [Fact]
    public void Tls_listeners_with_both_modes_on_one_port_conflict()
    {
        var (secret, _) = Manifests.TlsSecret("infra", "cert", "terminate.example.com");
        var result = Results.Translate(Manifests.Join(secret, Manifests.Gateway("""
            - {name: terminate, port: 8443, protocol: TLS, hostname: terminate.example.com, tls: {mode: Terminate, certificateRefs: [{name: cert}]}}
            - {name: passthrough, port: 8443, protocol: TLS, hostname: passthrough.example.com, tls: {mode: Passthrough}}
            """)));

        result.Listener("terminate").Conditions.AssertCondition(ConditionTypes.Accepted, ConditionStatus.False, ConditionReasons.ProtocolConflict);
        result.Listener("passthrough").Conditions.AssertCondition(ConditionTypes.Accepted, ConditionStatus.False, ConditionReasons.ProtocolConflict);
        result.Gateway().Conditions.AssertCondition(ConditionTypes.Accepted, ConditionStatus.False, ConditionReasons.ListenersNotValid);
        Assert.All(result.Gateway().Listeners, listener => Assert.Empty(listener.SupportedKinds));
    }

    [Fact]
    public void Listeners_in_a_hostname_conflict_list_no_supported_kinds()
    {
        var result = Results.Translate(Manifests.Gateway("""
            - {name: first, port: 80, protocol: HTTP, hostname: shop.example.com}
            - {name: second, port: 80, protocol: HTTP, hostname: shop.example.com}
            - {name: apart, port: 80, protocol: HTTP, hostname: blog.example.com}
            """));

        foreach (var name in new[] { "first", "second" })
        {
            result.Listener(name).Conditions.AssertCondition(ConditionTypes.Conflicted, ConditionStatus.True, ConditionReasons.HostnameConflict);
            Assert.Empty(result.Listener(name).SupportedKinds);
        }

        Assert.Equal(["HTTPRoute", "GRPCRoute"], result.Listener("apart").SupportedKinds.Select(kind => kind.Kind));
    }

    [Fact]
    public void Udp_shares_a_port_number_with_tcp_without_conflict()
    {
        var result = Results.Translate(Manifests.Gateway("""
            - {name: dns-tcp, port: 53, protocol: TCP}
            - {name: dns-udp, port: 53, protocol: UDP}
            """));

        Assert.All(result.Gateway().Listeners, listener => listener.Conditions.AssertCondition(ConditionTypes.Conflicted, ConditionStatus.False, ConditionReasons.NoConflicts));
        Assert.Equal([ListenerProtocol.TCP, ListenerProtocol.UDP], result.Table().Listeners.Select(listener => listener.Protocol));
    }

    [Fact]
    public void A_terminating_tls_listener_carries_the_certificate_public_facts_and_never_the_key()
    {
        var (secret, certificate) = Manifests.TlsSecret("infra", "cert", "secure.example.com");
        var result = Results.Translate(Manifests.Join(secret, Manifests.Gateway("""
            - {name: tls, port: 8443, protocol: TLS, tls: {mode: Terminate, certificateRefs: [{name: cert}]}}
            - {name: https, port: 443, protocol: HTTPS, hostname: secure.example.com, tls: {certificateRefs: [{name: cert}]}}
            """)));

        var listener = result.Table().Listeners.Single(candidate => candidate.Name == "tls");
        Assert.Equal(TlsMode.Terminate, listener.Tls!.Mode);
        var facts = Assert.Single(listener.Tls.CertificateRefs).Facts!;
        Assert.Equal("CN=secure.example.com", facts.Subject);
        Assert.Equal(["secure.example.com"], facts.SubjectAlternativeNames);
        Assert.Equal(new DateTimeOffset(2036, 1, 1, 0, 0, 0, TimeSpan.Zero), facts.NotAfter);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(certificate.RawData)), facts.Sha256Fingerprint);
        result.Listener("tls").Conditions.AssertCondition(ConditionTypes.Programmed, ConditionStatus.True, ConditionReasons.Programmed);
        result.Listener("tls").Conditions.AssertCondition(ConditionTypes.ResolvedRefs, ConditionStatus.True, ConditionReasons.ResolvedRefs);
        Assert.Equal(["TLSRoute"], result.Listener("tls").SupportedKinds.Select(kind => kind.Kind));
        var json = RouteTableSerializer.ToIndentedJson(result.Table());
        Assert.DoesNotContain("PRIVATE KEY", json, StringComparison.Ordinal);
        Assert.DoesNotContain("BEGIN", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Certificates_in_another_namespace_need_a_grant_from_gateways()
    {
        var (secret, _) = Manifests.TlsSecret("certs", "cert", "secure.example.com");
        var gateway = Manifests.Gateway("- {name: https, port: 443, protocol: HTTPS, tls: {certificateRefs: [{name: cert, namespace: certs}]}}");
        const string grant = """
            apiVersion: gateway.networking.k8s.io/v1beta1
            kind: ReferenceGrant
            metadata: {name: gateways, namespace: certs}
            spec: {from: [{group: gateway.networking.k8s.io, kind: Gateway, namespace: infra}], to: [{group: "", kind: Secret, name: cert}]}
            """;

        var refused = Results.Translate(Manifests.Join(secret, gateway));
        var granted = Results.Translate(Manifests.Join(secret, gateway, grant));

        refused.Listener("https").Conditions.AssertCondition(ConditionTypes.ResolvedRefs, ConditionStatus.False, ConditionReasons.RefNotPermitted);
        refused.Listener("https").Conditions.AssertCondition(ConditionTypes.Programmed, ConditionStatus.False, ConditionReasons.Invalid);
        refused.Listener("https").Conditions.AssertCondition(ConditionTypes.Accepted, ConditionStatus.True, ConditionReasons.Accepted);
        Assert.Empty(refused.Table().Listeners);
        granted.Listener("https").Conditions.AssertCondition(ConditionTypes.Programmed, ConditionStatus.True, ConditionReasons.Programmed);
        Assert.Equal("certs", granted.Table().Listeners.Single().Tls!.CertificateRefs.Single().Secret.Namespace);
    }

    [Fact]
    public void Https_listeners_whose_hostnames_overlap_report_overlapping_tls_config()
    {
        var (secret, _) = Manifests.TlsSecret("infra", "cert", "a.example.com");
        var result = Results.Translate(Manifests.Join(secret, Manifests.Gateway("""
            - {name: exact, port: 443, protocol: HTTPS, hostname: a.example.com, tls: {certificateRefs: [{name: cert}]}}
            - {name: wildcard, port: 443, protocol: HTTPS, hostname: "*.example.com", tls: {certificateRefs: [{name: cert}]}}
            - {name: elsewhere, port: 443, protocol: HTTPS, hostname: b.example.org, tls: {certificateRefs: [{name: cert}]}}
            """)));

        result.Listener("exact").Conditions.AssertCondition(ConditionTypes.OverlappingTlsConfig, ConditionStatus.True, ConditionReasons.OverlappingHostnames);
        result.Listener("wildcard").Conditions.AssertCondition(ConditionTypes.OverlappingTlsConfig, ConditionStatus.True, ConditionReasons.OverlappingHostnames);
        Assert.DoesNotContain(result.Listener("elsewhere").Conditions, condition => condition.Type == ConditionTypes.OverlappingTlsConfig);
        Assert.Equal(3, result.Table().Listeners.Count);
    }

    [Fact]
    public void A_gateway_naming_a_missing_class_is_reported_and_left_alone()
    {
        var result = Results.Translate("""
            apiVersion: gateway.networking.k8s.io/v1
            kind: Gateway
            metadata: {name: orphan, namespace: infra}
            spec: {gatewayClassName: nobody, listeners: [{name: http, port: 80, protocol: HTTP}]}
            """);

        Assert.Empty(result.Gateways);
        Assert.Contains(result.Diagnostics, diagnostic =>
            diagnostic.Object == new ResourceKey(ResourceKind.Gateway, "infra", "orphan") && diagnostic.Message.Contains("nobody", StringComparison.Ordinal));
    }
}
