using System.Text.Json.Nodes;

namespace GitOpsGateway.FaultInjection.Tests.Support;

/// <summary>Every string in a JSON answer, decoded: a test matches on content, not on one field's name.</summary>
internal static class JsonText
{
    public static IEnumerable<string> Strings(JsonNode? node, params IReadOnlyCollection<string> skipProperties)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    if (skipProperties.Contains(name))
                    {
                        continue;
                    }

                    yield return name;
                    foreach (var text in Strings(value, skipProperties))
                    {
                        yield return text;
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    foreach (var text in Strings(item, skipProperties))
                    {
                        yield return text;
                    }
                }

                break;
            case JsonValue value when value.TryGetValue<string>(out var text):
                yield return text;
                break;
        }
    }

    public static bool Mentions(IEnumerable<JsonNode> answers, string needle) =>
        answers.Any(answer => Strings(answer).Any(text => text.Contains(needle, StringComparison.Ordinal)));
}
