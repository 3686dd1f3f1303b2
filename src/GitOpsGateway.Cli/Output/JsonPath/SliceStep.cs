using System.Text.Json.Nodes;

namespace GitOpsGateway.Cli.Output.JsonPath;

/// <summary>
/// <c>[2]</c>, <c>[-1]</c>, <c>[1:3]</c>, <c>[::2]</c> and <c>[*]</c> on arrays. As in kubectl, an index outside the
/// array is an error rather than an empty result, and applying it to anything but an array is an error too.
/// </summary>
internal sealed record SliceStep(int? Start, int? End, int? Stride, bool IsIndex) : PathStep
{
    public static SliceStep All { get; } = new(null, null, null, IsIndex: false);

    public override IReadOnlyList<JsonNode?> Apply(IReadOnlyList<JsonNode?> values)
    {
        var results = new List<JsonNode?>();
        foreach (var value in values)
        {
            switch (value)
            {
                case null:
                    continue;
                case JsonArray elements:
                    Select(elements, results);
                    break;
                default:
                    throw new JsonPathException($"{Describe.Kind(value)} is not an array, so it cannot be indexed with {this}.");
            }
        }

        return results;
    }

    public override string ToString()
    {
        if (IsIndex)
        {
            return $"[{Start}]";
        }

        return Start is null && End is null && Stride is null ? "[*]" : $"[{Start}:{End}{(Stride is null ? string.Empty : $":{Stride}")}]";
    }

    private void Select(JsonArray elements, List<JsonNode?> results)
    {
        var length = elements.Count;
        var start = Start ?? 0;
        if (start < 0)
        {
            start += length;
        }

        var end = IsIndex ? start + 1 : End ?? length;
        if (!IsIndex && end < 0)
        {
            end += length;
        }

        if (start == end)
        {
            return;
        }

        if (start < 0 || start >= length)
        {
            throw new JsonPathException($"array index out of bounds: index {start}, length {length}.");
        }

        if (end < 0 || end > length)
        {
            throw new JsonPathException($"array index out of bounds: index {end - 1}, length {length}.");
        }

        if (start > end)
        {
            throw new JsonPathException($"starting index {start} is greater than ending index {end}.");
        }

        var stride = Stride ?? 1;
        if (stride <= 0)
        {
            throw new JsonPathException("the step of a slice must be greater than 0.");
        }

        for (var index = start; index < end; index += stride)
        {
            results.Add(elements[index]);
        }
    }
}
