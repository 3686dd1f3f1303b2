using GitOpsGateway.GatewayApi.Gateways;
using GitOpsGateway.GatewayApi.Status;

namespace GitOpsGateway.GatewayApi.Validation;

/// <summary>
/// One listener. Problems map to the listener's own conditions: a bad port to Accepted/PortUnavailable, a bad
/// protocol to Accepted/UnsupportedProtocol, other bad values to Accepted/UnsupportedValue, certificate
/// problems to ResolvedRefs/InvalidCertificateRef, route kinds to ResolvedRefs/InvalidRouteKinds.
/// </summary>
internal static class ListenerRules
{
    private static readonly string[] CoreProtocols =
        [ListenerProtocols.Http, ListenerProtocols.Https, ListenerProtocols.Tls, ListenerProtocols.Tcp, ListenerProtocols.Udp];

    public static void Listener(Listener listener, string path, ErrorSink listenerErrors)
    {
        var unsupported = listenerErrors.WithReason(ConditionTypes.Accepted, ConditionReasons.UnsupportedValue);
        NameRules.Subdomain(listener.Name, path + ".name", unsupported);
        listenerErrors.WithReason(ConditionTypes.Accepted, ConditionReasons.PortUnavailable).Range(listener.Port, 1, 65535, path + ".port");
        if (listener.Protocol.Length is 0 or > 255 || !Patterns.Protocol().IsMatch(listener.Protocol))
        {
            listenerErrors.WithReason(ConditionTypes.Accepted, ConditionReasons.UnsupportedProtocol)
                .Add(path + ".protocol", $"'{NameRules.Shorten(listener.Protocol)}' is not a protocol name such as HTTP or example.com/custom.");
        }

        if (listener.Hostname is { } hostname)
        {
            if (listener.Protocol is ListenerProtocols.Tcp or ListenerProtocols.Udp)
            {
                unsupported.Add(path + ".hostname", "hostname must not be specified for protocols ['TCP', 'UDP'].");
            }
            else
            {
                HostnameRules.Hostname(hostname, path + ".hostname", unsupported);
            }
        }

        Tls(listener, path, unsupported, listenerErrors.WithReason(ConditionTypes.ResolvedRefs, ConditionReasons.InvalidCertificateRef));
        AllowedRoutes(listener, path + ".allowedRoutes", unsupported, listenerErrors.WithReason(ConditionTypes.ResolvedRefs, ConditionReasons.InvalidRouteKinds));
    }

    private static void Tls(Listener listener, string path, ErrorSink unsupported, ErrorSink certificates)
    {
        var tlsPath = path + ".tls";
        if (listener.Tls is not { } tls)
        {
            if (listener.Protocol == ListenerProtocols.Https)
            {
                certificates.Add(tlsPath, "is required for HTTPS listeners: name the certificate in tls.certificateRefs.");
            }
            else if (listener.Protocol == ListenerProtocols.Tls)
            {
                unsupported.Add(tlsPath, "tls mode must be set for protocol TLS: set tls.mode to Passthrough or Terminate.");
            }

            return;
        }

        if (listener.Protocol is ListenerProtocols.Http or ListenerProtocols.Tcp or ListenerProtocols.Udp)
        {
            unsupported.Add(tlsPath, $"tls must not be specified for protocols ['HTTP', 'TCP', 'UDP'] ({listener.Protocol} here).");
            return;
        }

        unsupported.OneOf(tls.Mode, [TlsModes.Terminate, TlsModes.Passthrough], tlsPath + ".mode");
        if (listener.Protocol == ListenerProtocols.Https && tls.Mode != TlsModes.Terminate)
        {
            unsupported.Add(tlsPath + ".mode", "tls mode must be Terminate for protocol HTTPS.");
        }

        if (tls.Mode == TlsModes.Terminate && tls.CertificateRefs.Count == 0 && tls.Options.Count == 0)
        {
            certificates.Add(tlsPath + ".certificateRefs", "certificateRefs or options must be specified when mode is Terminate.");
        }

        certificates.MaxItems(tls.CertificateRefs, 64, tlsPath + ".certificateRefs");
        for (var i = 0; i < tls.CertificateRefs.Count; i++)
        {
            ReferenceRules.Secret(tls.CertificateRefs[i], $"{tlsPath}.certificateRefs[{i}]", certificates);
        }

        unsupported.MaxItems(tls.Options.Keys.ToList(), 16, tlsPath + ".options");
        foreach (var (key, value) in tls.Options)
        {
            NameRules.QualifiedName(key, $"{tlsPath}.options[{key}]", unsupported);
            unsupported.MaxLength(value, 4096, $"{tlsPath}.options[{key}]");
        }
    }

    private static void AllowedRoutes(Listener listener, string path, ErrorSink unsupported, ErrorSink routeKinds)
    {
        var namespaces = listener.AllowedRoutes.Namespaces;
        unsupported.OneOf(namespaces.From, [FromNamespaces.All, FromNamespaces.Selector, FromNamespaces.Same], path + ".namespaces.from");
        if (namespaces.From == FromNamespaces.Selector && namespaces.Selector is null)
        {
            unsupported.Add(path + ".namespaces.selector", "is required when from is Selector.");
        }

        if (namespaces.Selector is { } selector)
        {
            SelectorRules.Selector(selector, path + ".namespaces.selector", unsupported);
        }

        var kinds = listener.AllowedRoutes.Kinds;
        routeKinds.MaxItems(kinds, 8, path + ".kinds");
        for (var i = 0; i < kinds.Count; i++)
        {
            NameRules.Group(kinds[i].Group, $"{path}.kinds[{i}].group", routeKinds);
            NameRules.Kind(kinds[i].Kind, $"{path}.kinds[{i}].kind", routeKinds);
        }

        if (CoreProtocols.Contains(listener.Protocol, StringComparer.Ordinal))
        {
            foreach (var invalid in ListenerRouteKinds.Resolve(listener).Invalid)
            {
                routeKinds.Add(path + ".kinds", $"{invalid} cannot attach to a {listener.Protocol} listener.");
            }
        }
    }
}
