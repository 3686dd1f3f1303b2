namespace GitOpsGateway.RouteTables.Http;

public enum StringMatchType
{
    Exact,
    RegularExpression,
}
