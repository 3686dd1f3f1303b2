using GitOpsGateway.GatewayApi.Loading.Yaml;

namespace GitOpsGateway.GatewayApi.Loading.Readers;

internal static class SpecReader
{
    /// <summary>The object's <c>spec</c>, reporting its absence.</summary>
    public static MappingNode? Required(ReadContext context, MappingNode root)
    {
        if (root.Get("spec") is null)
        {
            context.Error(root, "spec", "is required.");
            return null;
        }

        return context.Mapping(root, "spec", string.Empty);
    }

    /// <summary>The object's <c>spec</c>, or an empty object when omitted (kinds whose spec fields are all optional).</summary>
    public static MappingNode? Optional(ReadContext context, MappingNode root) =>
        root.Get("spec") is null ? new MappingNode(root.Line, root.Column, []) : context.Mapping(root, "spec", string.Empty);
}
