namespace GitOpsGateway.GatewayApi.Routes;

/// <summary>Rule-level session persistence (experimental in the spec).</summary>
public sealed record SessionPersistence
{
    /// <summary>One of <see cref="SessionPersistenceTypes"/>; "Cookie" when omitted.</summary>
    public string Type { get; init; } = SessionPersistenceTypes.Cookie;

    /// <summary>A Gateway API duration such as "1h".</summary>
    public string? AbsoluteTimeout { get; init; }

    public SessionPersistenceCookie? Cookie { get; init; }

    public SessionPersistenceHeader? Header { get; init; }
}
