namespace GitOpsGateway.RouteTables;

/// <summary>Lets the serializer ask any boxed <see cref="EquatableArray{T}"/> whether it is empty.</summary>
internal interface IEquatableArray
{
    bool IsEmpty { get; }
}
