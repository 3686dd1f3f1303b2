using System.Net;
using GitOpsGateway.GatewayApi.Gateways;
using GitOpsGateway.GatewayApi.Status;

namespace GitOpsGateway.GatewayApi.Validation;

/// <summary>
/// Gateway schema and CEL rules. Whole-Gateway problems give <c>Accepted=False</c> (Invalid,
/// ListenersNotValid, UnsupportedAddress or InvalidParameters); listener problems are scoped to the listener
/// (see <see cref="ListenerRules"/>); listeners sharing port, protocol and hostname are Conflicted.
/// </summary>
internal static class GatewayValidator
{
    public static void Validate(Gateway gateway, ErrorSink errors)
    {
        var spec = gateway.Spec;
        NameRules.ObjectName(spec.GatewayClassName, "spec.gatewayClassName", errors);
        var listenerCount = errors.WithReason(ConditionTypes.Accepted, ConditionReasons.ListenersNotValid);
        listenerCount.MinItems(spec.Listeners, 1, "spec.listeners");
        listenerCount.MaxItems(spec.Listeners, 64, "spec.listeners");
        foreach (var duplicate in spec.Listeners.GroupBy(l => l.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add("spec.listeners", $"listener name '{NameRules.Shorten(duplicate.Key)}' must be unique within the Gateway (the CRD rule \"Listener name must be unique within the Gateway\").");
        }

        for (var i = 0; i < spec.Listeners.Count; i++)
        {
            ListenerRules.Listener(spec.Listeners[i], $"spec.listeners[{i}]", errors.ForListener(i));
        }

        Conflicts(spec.Listeners, errors.WithReason(ConditionTypes.Conflicted, ConditionReasons.HostnameConflict));
        Addresses(spec.Addresses, errors.WithReason(ConditionTypes.Accepted, ConditionReasons.UnsupportedAddress));
        if (spec.Infrastructure is { } infrastructure)
        {
            Infrastructure(infrastructure, errors);
        }
    }

    private static void Conflicts(IReadOnlyList<Listener> listeners, ErrorSink conflicted)
    {
        var groups = listeners
            .Select((listener, index) => (listener, index))
            .GroupBy(entry => (entry.listener.Port, entry.listener.Protocol, entry.listener.Hostname ?? string.Empty))
            .Where(group => group.Count() > 1);
        foreach (var group in groups)
        {
            foreach (var (listener, index) in group)
            {
                conflicted.ForListener(index).Add(
                    $"spec.listeners[{index}]",
                    $"Combination of port, protocol and hostname must be unique for each listener: port {listener.Port}, protocol {listener.Protocol} and hostname '{NameRules.Shorten(listener.Hostname)}' are shared by {group.Count()} listeners.");
            }
        }
    }

    private static void Addresses(IReadOnlyList<GatewayAddress> addresses, ErrorSink errors)
    {
        errors.MaxItems(addresses, 16, "spec.addresses");
        for (var i = 0; i < addresses.Count; i++)
        {
            var (type, value) = (addresses[i].Type, addresses[i].Value);
            var path = $"spec.addresses[{i}]";
            var knownType = type is AddressTypes.IPAddress or AddressTypes.Hostname or AddressTypes.NamedAddress;
            if (!knownType && (type.Length > 253 || !Patterns.DomainPrefixedPath().IsMatch(type)))
            {
                errors.Add(path + ".type", $"'{NameRules.Shorten(type)}' must be IPAddress, Hostname, NamedAddress or a domain-prefixed type.");
            }

            errors.MaxLength(value, 253, path + ".value");
            if (type == AddressTypes.IPAddress && value.Length > 0 && !IPAddress.TryParse(value, out _))
            {
                errors.Add(path + ".value", $"'{NameRules.Shorten(value)}' is not an IP address.");
            }
            else if (type == AddressTypes.Hostname && value.Length > 0)
            {
                HostnameRules.Hostname(value, path + ".value", errors);
            }
        }

        var duplicates = addresses
            .Where(a => a.Value.Length > 0 && a.Type is AddressTypes.IPAddress or AddressTypes.Hostname)
            .GroupBy(a => (a.Type, a.Value))
            .Where(group => group.Count() > 1);
        foreach (var duplicate in duplicates)
        {
            errors.Add("spec.addresses", $"{duplicate.Key.Type} values must be unique; '{NameRules.Shorten(duplicate.Key.Value)}' appears {duplicate.Count()} times.");
        }
    }

    private static void Infrastructure(GatewayInfrastructure infrastructure, ErrorSink errors)
    {
        const string path = "spec.infrastructure";
        errors.MaxItems(infrastructure.Labels.Keys.ToList(), 8, path + ".labels");
        NameRules.Labels(infrastructure.Labels, path + ".labels", errors);
        errors.MaxItems(infrastructure.Annotations.Keys.ToList(), 16, path + ".annotations");
        NameRules.AnnotationKeys(infrastructure.Annotations, path + ".annotations", errors);
        foreach (var (key, value) in infrastructure.Annotations)
        {
            errors.MaxLength(value, 4096, $"{path}.annotations[{key}]");
        }

        if (infrastructure.ParametersRef is { } parameters)
        {
            var invalid = errors.WithReason(ConditionTypes.Accepted, ConditionReasons.InvalidParameters);
            NameRules.Group(parameters.Group, path + ".parametersRef.group", invalid);
            NameRules.Kind(parameters.Kind, path + ".parametersRef.kind", invalid);
            NameRules.ObjectName(parameters.Name, path + ".parametersRef.name", invalid);
        }
    }
}
