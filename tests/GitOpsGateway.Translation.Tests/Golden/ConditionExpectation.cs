namespace GitOpsGateway.Translation.Tests.Golden;

/// <summary>One expected condition: on a GatewayClass or Gateway, a listener, or a route's parent entry.</summary>
internal sealed record ConditionExpectation(
    string Object, string? Parent, string? SectionName, string? Listener, string Type, string Status, string? Reason, long? ObservedGeneration)
{
    public override string ToString()
    {
        var where = Parent is not null ? $" parent {Parent}{(SectionName is null ? "" : "/" + SectionName)}" : Listener is not null ? $" listener {Listener}" : "";
        var reason = Reason is null ? "" : $"/{Reason}";
        var generation = ObservedGeneration is null ? "" : $" gen {ObservedGeneration}";
        return $"{Object}{where}: {Type}={Status}{reason}{generation}";
    }
}
