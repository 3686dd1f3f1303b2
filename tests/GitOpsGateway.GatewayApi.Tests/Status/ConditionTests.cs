using System.Reflection;
using GitOpsGateway.GatewayApi.Status;

namespace GitOpsGateway.GatewayApi.Tests.Status;

public sealed class ConditionTests
{
    [Fact]
    public void Conditions_carry_type_status_reason_message_and_observed_generation()
    {
        var accepted = Condition.True(ConditionTypes.Accepted, ConditionReasons.Accepted, "Route is accepted", 3);
        var refused = Condition.False(ConditionTypes.ResolvedRefs, ConditionReasons.BackendNotFound, "Service apps/web not found", 3);

        Assert.Equal(new Condition("Accepted", "True", "Accepted", "Route is accepted", 3), accepted);
        Assert.True(accepted.IsTrue);
        Assert.False(refused.IsTrue);
        Assert.Equal(ConditionStatus.Unknown, Condition.Unknown(ConditionTypes.Programmed, ConditionReasons.Pending, "Waiting", 1).Status);
    }

    [Fact]
    public void Every_condition_type_and_reason_of_the_spec_has_a_constant()
    {
        string[] types = ["Accepted", "Programmed", "ResolvedRefs", "Conflicted", "OverlappingTLSConfig", "InsecureFrontendValidationMode", "PartiallyInvalid", "SupportedVersion", "Scheduled", "Ready"];
        string[] reasons =
        [
            "Accepted", "InvalidParameters", "Pending", "Unsupported", "Waiting", "SupportedVersion", "UnsupportedVersion",
            "ListenersNotValid", "UnsupportedAddress", "Programmed", "Invalid", "NoResources", "AddressNotAssigned", "AddressNotUsable",
            "ResolvedRefs", "InvalidClientCertificateRef", "RefNotPermitted", "ListenersNotResolved", "PortUnavailable", "UnsupportedProtocol",
            "UnsupportedValue", "HostnameConflict", "ProtocolConflict", "NoConflicts", "InvalidCertificateRef", "InvalidRouteKinds",
            "InvalidCACertificateRef", "InvalidCACertificateKind", "NoValidCACertificate", "OverlappingHostnames", "OverlappingCertificates",
            "NotAllowedByListeners", "NoMatchingListenerHostname", "NoMatchingParent", "IncompatibleFilters", "InvalidKind", "BackendNotFound",
        ];

        Assert.Subset(Constants(typeof(ConditionTypes)), types.ToHashSet());
        Assert.Subset(Constants(typeof(ConditionReasons)), reasons.ToHashSet());
    }

    [Fact]
    public void Status_records_compare_by_content()
    {
        static GatewayStatus Build() => new()
        {
            Conditions = [Condition.True(ConditionTypes.Accepted, ConditionReasons.Accepted, "ok", 2)],
            Listeners = [new ListenerStatus { Name = "http", AttachedRoutes = 4, SupportedKinds = [new Gateways.RouteGroupKind { Kind = "HTTPRoute" }] }],
        };

        Assert.Equal(Build(), Build());
        Assert.NotEqual(Build(), Build() with { Listeners = [] });
    }

    private static HashSet<string> Constants(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static).Select(field => (string)field.GetRawConstantValue()!).ToHashSet();
}
