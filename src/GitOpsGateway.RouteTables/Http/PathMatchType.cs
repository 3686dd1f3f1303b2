namespace GitOpsGateway.RouteTables.Http;

public enum PathMatchType
{
    Exact,

    /// <summary>Matches whole path segments: <c>/api</c> matches <c>/api</c> and <c>/api/x</c>, not <c>/apix</c>.</summary>
    PathPrefix,

    RegularExpression,
}
