using System.Text.Json;
using System.Text.Json.Serialization;

namespace GitOpsGateway.RouteTables.Serialization;

/// <summary>Lets any System.Text.Json serializer, not only ours, handle <see cref="EquatableArray{T}"/>.</summary>
public sealed class EquatableArrayJsonConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(EquatableArray<>);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
    {
        var converterType = typeof(EquatableArrayJsonConverter<>).MakeGenericType(typeToConvert.GetGenericArguments());
        return (JsonConverter)Activator.CreateInstance(converterType)!;
    }
}
