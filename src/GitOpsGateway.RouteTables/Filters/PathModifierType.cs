namespace GitOpsGateway.RouteTables.Filters;

public enum PathModifierType
{
    ReplaceFullPath,
    ReplacePrefixMatch,
}
