using GitOpsGateway.RouteTables.Filters;

namespace GitOpsGateway.Translation.Tests.Requests;

/// <summary>ReplaceFullPath and ReplacePrefixMatch as in the spec's table (whole segments, trailing slashes ignored).</summary>
internal static class PathRewrite
{
    public static string Apply(PathModifier modifier, string path)
    {
        if (modifier.Type == PathModifierType.ReplaceFullPath)
        {
            return modifier.Value;
        }

        var prefix = (modifier.MatchedPrefix ?? "/").TrimEnd('/');
        var remainder = path.Length >= prefix.Length ? path[prefix.Length..] : string.Empty;
        var rewritten = modifier.Value.TrimEnd('/') + remainder;
        return rewritten.Length == 0 ? "/" : rewritten;
    }
}
