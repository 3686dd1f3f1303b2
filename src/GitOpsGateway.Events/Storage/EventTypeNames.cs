namespace GitOpsGateway.Events.Storage;

/// <summary>
/// The stored name of each event type. These strings are in the database forever: rename a type freely, never
/// these (add an upcaster for a changed shape).
/// </summary>
public static class EventTypeNames
{
    public const string CommitIngested = "commit_ingested";
    public const string CommitFailed = "commit_failed";
    public const string ForcePushDetected = "force_push_detected";
    public const string ResourceCreated = "resource_created";
    public const string ResourceChanged = "resource_changed";
    public const string ResourceDeleted = "resource_deleted";
    public const string ManifestRejected = "manifest_rejected";
    public const string RouteTableVersionPublished = "route_table_version_published";
    public const string RollbackRequested = "rollback_requested";
    public const string VersionPinned = "version_pinned";
    public const string VersionUnpinned = "version_unpinned";
    public const string ApiTokenCreated = "api_token_created";
    public const string ApiTokenRevoked = "api_token_revoked";
    public const string ApiTokenRotated = "api_token_rotated";
}
