using GitOpsGateway.RouteTables;
using GitOpsGateway.RouteTables.Filters;

namespace GitOpsGateway.Routing.Actions;

/// <summary>
/// The effect of a filter list read in order: the rule's filters, then, for a backend with filters of its own,
/// the backend's. Header modifiers and mirrors accumulate; a later redirect or CORS policy replaces an earlier
/// one; a later URLRewrite replaces the parts (hostname, path) it sets.
/// </summary>
internal sealed class FilterSet
{
    public RequestRedirectFilter? Redirect { get; private set; }

    public UrlRewriteFilter? Rewrite { get; private set; }

    public EquatableArray<HeaderModifierFilter> RequestHeaderModifiers { get; private set; }

    public EquatableArray<HeaderModifierFilter> ResponseHeaderModifiers { get; private set; }

    public EquatableArray<RequestMirrorFilter> Mirrors { get; private set; }

    public CorsFilter? Cors { get; private set; }

    public static FilterSet Empty { get; } = new();

    public static FilterSet From(EquatableArray<HttpFilter> filters) => filters.IsEmpty ? Empty : From(filters.AsEnumerable());

    public static FilterSet From(IEnumerable<HttpFilter> filters)
    {
        var set = new FilterSet();
        var requestModifiers = new List<HeaderModifierFilter>();
        var responseModifiers = new List<HeaderModifierFilter>();
        var mirrors = new List<RequestMirrorFilter>();
        foreach (var filter in filters)
        {
            switch (filter)
            {
                case RequestHeaderModifierFilter modifier:
                    requestModifiers.Add(modifier);
                    break;
                case ResponseHeaderModifierFilter modifier:
                    responseModifiers.Add(modifier);
                    break;
                case RequestMirrorFilter mirror:
                    mirrors.Add(mirror);
                    break;
                case RequestRedirectFilter redirect:
                    set.Redirect = redirect;
                    break;
                case UrlRewriteFilter rewrite:
                    set.Rewrite = set.Rewrite is null
                        ? rewrite
                        : new UrlRewriteFilter { Hostname = rewrite.Hostname ?? set.Rewrite.Hostname, Path = rewrite.Path ?? set.Rewrite.Path };
                    break;
                case CorsFilter cors:
                    set.Cors = cors;
                    break;
            }
        }

        set.RequestHeaderModifiers = [.. requestModifiers];
        set.ResponseHeaderModifiers = [.. responseModifiers];
        set.Mirrors = [.. mirrors];
        return set;
    }
}
