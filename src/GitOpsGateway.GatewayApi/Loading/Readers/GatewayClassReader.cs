using GitOpsGateway.GatewayApi.Gateways;
using GitOpsGateway.GatewayApi.Loading.Yaml;

namespace GitOpsGateway.GatewayApi.Loading.Readers;

internal static class GatewayClassReader
{
    public static KubernetesResource? Read(ReadContext context, MappingNode root, string apiVersion, ObjectMeta metadata)
    {
        var spec = SpecReader.Required(context, root);
        if (spec is null)
        {
            return null;
        }

        var parameters = context.Mapping(spec, "parametersRef", "spec");
        return new GatewayClass
        {
            ApiVersion = apiVersion,
            Metadata = metadata,
            Spec = new GatewayClassSpec
            {
                ControllerName = context.RequiredString(spec, "controllerName", "spec"),
                Description = context.String(spec, "description", "spec"),
                ParametersRef = parameters is null ? null : new ParametersReference
                {
                    Group = context.RequiredString(parameters, "group", "spec.parametersRef"),
                    Kind = context.RequiredString(parameters, "kind", "spec.parametersRef"),
                    Name = context.RequiredString(parameters, "name", "spec.parametersRef"),
                    Namespace = context.String(parameters, "namespace", "spec.parametersRef"),
                },
            },
        };
    }
}
