using GitOpsGateway.GatewayApi.References;
using GitOpsGateway.GatewayApi.Routes;

namespace GitOpsGateway.GatewayApi.Validation;

/// <summary>Formats of parent, backend, secret and local references, and the distinct-parentRefs rules.</summary>
internal static class ReferenceRules
{
    public static void ParentRefs(IReadOnlyList<ParentReference> parentRefs, string path, ErrorSink errors)
    {
        errors.MaxItems(parentRefs, 32, path);
        for (var i = 0; i < parentRefs.Count; i++)
        {
            var parentRef = parentRefs[i];
            var itemPath = $"{path}[{i}]";
            NameRules.Group(parentRef.Group, itemPath + ".group", errors);
            NameRules.Kind(parentRef.Kind, itemPath + ".kind", errors);
            if (parentRef.Namespace is { } @namespace)
            {
                NameRules.Label(@namespace, itemPath + ".namespace", errors);
            }

            NameRules.ObjectName(parentRef.Name, itemPath + ".name", errors);
            if (parentRef.SectionName is { } sectionName)
            {
                NameRules.Subdomain(sectionName, itemPath + ".sectionName", errors);
            }

            if (parentRef.Port is { } port)
            {
                errors.Range(port, 1, 65535, itemPath + ".port");
            }
        }

        DistinctParents(parentRefs, path, errors);
    }

    public static void Backend(BackendObjectReference backend, string path, ErrorSink errors)
    {
        NameRules.Group(backend.Group, path + ".group", errors);
        NameRules.Kind(backend.Kind, path + ".kind", errors);
        NameRules.ObjectName(backend.Name, path + ".name", errors);
        if (backend.Namespace is { } @namespace)
        {
            NameRules.Label(@namespace, path + ".namespace", errors);
        }

        if (backend.Port is { } port)
        {
            errors.Range(port, 1, 65535, path + ".port");
        }
        else if (backend.IsService)
        {
            errors.Add(path + ".port", "Must have port for Service reference.");
        }

        if (backend is BackendRef weighted)
        {
            errors.Range(weighted.Weight, 0, 1_000_000, path + ".weight");
        }
    }

    public static void Secret(SecretObjectReference secret, string path, ErrorSink errors)
    {
        NameRules.Group(secret.Group, path + ".group", errors);
        NameRules.Kind(secret.Kind, path + ".kind", errors);
        NameRules.ObjectName(secret.Name, path + ".name", errors);
        if (secret.Namespace is { } @namespace)
        {
            NameRules.Label(@namespace, path + ".namespace", errors);
        }
    }

    public static void Local(LocalObjectReference reference, string path, ErrorSink errors)
    {
        NameRules.Group(reference.Group, path + ".group", errors);
        NameRules.Kind(reference.Kind, path + ".kind", errors);
        NameRules.ObjectName(reference.Name, path + ".name", errors);
    }

    // Several references to one parent must each name a different listener (sectionName) or port, and all of
    // them must use the same combination of those fields.
    private static void DistinctParents(IReadOnlyList<ParentReference> parentRefs, string path, ErrorSink errors)
    {
        var sameParent = parentRefs.GroupBy(p => (p.Group, p.Kind, Namespace: p.Namespace ?? string.Empty, p.Name)).Where(g => g.Count() > 1);
        foreach (var group in sameParent)
        {
            var shapes = group.Select(p => (HasSection: !string.IsNullOrEmpty(p.SectionName), HasPort: p.Port is > 0)).Distinct().ToList();
            if (shapes.Count > 1 || shapes[0] == (false, false))
            {
                errors.Add(path, $"sectionName must be specified when parentRefs includes 2 or more references to the same parent ({group.Key.Kind} '{NameRules.Shorten(group.Key.Name)}'; sectionName or port, the same fields on each).");
                continue;
            }

            if (group.Select(p => (p.SectionName, p.Port)).Distinct().Count() != group.Count())
            {
                errors.Add(path, $"sectionName must be unique when parentRefs includes 2 or more references to the same parent ({group.Key.Kind} '{NameRules.Shorten(group.Key.Name)}').");
            }
        }
    }
}
