namespace GitOpsGateway.GatewayApi.Status;

/// <summary>Every condition reason the Gateway API defines for GatewayClass, Gateway, listener and route status.</summary>
public static class ConditionReasons
{
    // Shared by several condition types.
    public const string Accepted = "Accepted";
    public const string Pending = "Pending";
    public const string Programmed = "Programmed";
    public const string ResolvedRefs = "ResolvedRefs";
    public const string Invalid = "Invalid";
    public const string InvalidParameters = "InvalidParameters";
    public const string RefNotPermitted = "RefNotPermitted";
    public const string UnsupportedProtocol = "UnsupportedProtocol";
    public const string UnsupportedValue = "UnsupportedValue";

    // GatewayClass.
    public const string Unsupported = "Unsupported";
    public const string SupportedVersion = "SupportedVersion";
    public const string UnsupportedVersion = "UnsupportedVersion";

    // Gateway.
    public const string ListenersNotValid = "ListenersNotValid";
    public const string UnsupportedAddress = "UnsupportedAddress";
    public const string NoResources = "NoResources";
    public const string AddressNotAssigned = "AddressNotAssigned";
    public const string AddressNotUsable = "AddressNotUsable";
    public const string InvalidClientCertificateRef = "InvalidClientCertificateRef";
    public const string ListenersNotResolved = "ListenersNotResolved";
    public const string ConfigurationChanged = "ConfigurationChanged";

    // Listener.
    public const string PortUnavailable = "PortUnavailable";
    public const string NoValidCACertificate = "NoValidCACertificate";
    public const string HostnameConflict = "HostnameConflict";
    public const string ProtocolConflict = "ProtocolConflict";
    public const string NoConflicts = "NoConflicts";
    public const string InvalidCertificateRef = "InvalidCertificateRef";
    public const string InvalidRouteKinds = "InvalidRouteKinds";
    public const string InvalidCACertificateRef = "InvalidCACertificateRef";
    public const string InvalidCACertificateKind = "InvalidCACertificateKind";
    public const string OverlappingHostnames = "OverlappingHostnames";
    public const string OverlappingCertificates = "OverlappingCertificates";

    // Route parent.
    public const string NotAllowedByListeners = "NotAllowedByListeners";
    public const string NoMatchingListenerHostname = "NoMatchingListenerHostname";
    public const string NoMatchingParent = "NoMatchingParent";
    public const string IncompatibleFilters = "IncompatibleFilters";
    public const string InvalidKind = "InvalidKind";
    public const string BackendNotFound = "BackendNotFound";

    // Deprecated; kept so old status can be read.
    public const string Waiting = "Waiting";
    public const string Scheduled = "Scheduled";
    public const string NotReconciled = "NotReconciled";
    public const string Ready = "Ready";
    public const string ListenersNotReady = "ListenersNotReady";
    public const string Attached = "Attached";
}
