using GitOpsGateway.GatewayApi;
using GitOpsGateway.GatewayApi.Status;

namespace GitOpsGateway.Translation.Tests.Golden;

/// <summary>Checks expected conditions, listener entries and absent parents against a translation result; returns the failures.</summary>
internal static class StatusAssertions
{
    public static IEnumerable<string> Check(TranslationResult result, ExpectationFile expected)
    {
        foreach (var condition in expected.Conditions)
        {
            if (CheckCondition(result, condition) is { } failure)
            {
                yield return $"condition {condition}: {failure}";
            }
        }

        foreach (var listener in expected.Listeners)
        {
            if (CheckListener(result, listener) is { } failure)
            {
                yield return $"listener {listener.Gateway}/{listener.Name}: {failure}";
            }
        }

        foreach (var absent in expected.AbsentParents)
        {
            var parents = result.Routes.TryGetValue(Key(absent.Object), out var status) ? status.Parents : [];
            if (parents.Any(parent => ParentName(Key(absent.Object), parent) == absent.Parent))
            {
                yield return $"absent parent {absent.Object} -> {absent.Parent}: the route has a status entry for it";
            }
        }
    }

    public static ResourceKey Key(string text)
    {
        var parts = text.Split('/');
        if (!ResourceKinds.TryParse(parts[0], out var kind))
        {
            throw new InvalidDataException($"Unknown kind in '{text}'.");
        }

        return parts.Length == 2 ? new ResourceKey(kind, string.Empty, parts[1]) : new ResourceKey(kind, parts[1], parts[2]);
    }

    private static string? CheckCondition(TranslationResult result, ConditionExpectation expected)
    {
        var key = Key(expected.Object);
        IReadOnlyList<Condition>? conditions = key.Kind switch
        {
            ResourceKind.GatewayClass => result.GatewayClasses.TryGetValue(key.Name, out var status) ? status.Conditions : null,
            ResourceKind.Gateway when expected.Listener is { } listener =>
                result.Gateways.TryGetValue(key, out var status) ? status.Listeners.FirstOrDefault(entry => entry.Name == listener)?.Conditions : null,
            ResourceKind.Gateway => result.Gateways.TryGetValue(key, out var status) ? status.Conditions : null,
            _ => result.Routes.TryGetValue(key, out var status)
                ? status.Parents.FirstOrDefault(parent =>
                    ParentName(key, parent) == expected.Parent
                    && (expected.SectionName is null || parent.ParentRef.SectionName == expected.SectionName))?.Conditions
                : null,
        };
        if (conditions is null)
        {
            return "no such status entry";
        }

        var condition = conditions.FirstOrDefault(candidate => candidate.Type == expected.Type);
        return condition switch
        {
            null => $"no {expected.Type} condition (has {string.Join(", ", conditions.Select(c => c.Type))})",
            _ when condition.Status != expected.Status || (expected.Reason is not null && condition.Reason != expected.Reason) =>
                $"found {condition.Type}={condition.Status}/{condition.Reason}: {condition.Message}",
            _ when expected.ObservedGeneration is { } generation && condition.ObservedGeneration != generation =>
                $"observedGeneration is {condition.ObservedGeneration}",
            _ => null,
        };
    }

    private static string? CheckListener(TranslationResult result, ListenerExpectation expected)
    {
        var key = new ResourceKey(ResourceKind.Gateway, expected.Gateway.Split('/')[0], expected.Gateway.Split('/')[1]);
        var listener = result.Gateways.TryGetValue(key, out var status) ? status.Listeners.FirstOrDefault(entry => entry.Name == expected.Name) : null;
        if (listener is null)
        {
            return "no such listener status";
        }

        if (expected.AttachedRoutes is { } attached && listener.AttachedRoutes != attached)
        {
            return $"attachedRoutes is {listener.AttachedRoutes}, expected {attached}";
        }

        var kinds = listener.SupportedKinds.Select(kind => kind.Group == ApiGroups.GatewayNetworking ? kind.Kind : kind.ToString()).Order().ToList();
        return expected.SupportedKinds is { } expectedKinds && !kinds.SequenceEqual(expectedKinds.Order())
            ? $"supportedKinds is [{string.Join(", ", kinds)}], expected [{string.Join(", ", expectedKinds)}]"
            : null;
    }

    private static string ParentName(ResourceKey route, RouteParentStatus parent) =>
        $"{parent.ParentRef.Namespace ?? route.Namespace}/{parent.ParentRef.Name}";
}
