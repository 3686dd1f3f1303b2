using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace GitOpsGateway.Benchmarks.Node;

/// <summary>The shape of the <c>node</c> run: table sizes, rounds and wrk's fixed load.</summary>
internal sealed record NodeOptions
{
    public const string Usage =
        "usage: node [--routes 1000,10000] [--rounds N] [--seconds N per wrk run] [--connections N] [--threads N] [--swaps N]";

    public IReadOnlyList<int> Routes { get; init; } = [1_000, 10_000];

    public int Rounds { get; init; } = 3;

    public int Seconds { get; init; } = 10;

    public int Connections { get; init; } = 32;

    public int Threads { get; init; } = 1;

    public int Swaps { get; init; } = 10;

    public static bool TryParse(IReadOnlyList<string> arguments, [NotNullWhen(true)] out NodeOptions? options, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        NodeOptions? parsed = new NodeOptions();
        for (var index = 0; parsed is not null && index < arguments.Count; index += 2)
        {
            var numbers = index + 1 < arguments.Count ? Numbers(arguments[index + 1]) : [];
            parsed = (arguments[index], numbers) switch
            {
                (_, []) => null,
                ("--routes", _) when numbers.All(routes => routes % Synthetic.SyntheticRepository.Teams == 0) => parsed with { Routes = numbers },
                ("--rounds", [var rounds]) => parsed with { Rounds = rounds },
                ("--seconds", [var seconds]) => parsed with { Seconds = seconds },
                ("--connections", [var connections]) => parsed with { Connections = connections },
                ("--threads", [var threads]) => parsed with { Threads = threads },
                ("--swaps", [var swaps]) => parsed with { Swaps = swaps },
                _ => null,
            };
        }

        options = parsed;
        error = parsed is null ? "Unknown option or bad value (positive whole numbers; route counts are multiples of 10)." : null;
        return parsed is not null;
    }

    /// <summary>Comma-separated positive whole numbers, or an empty list when any is not one.</summary>
    private static List<int> Numbers(string text)
    {
        var numbers = text.Split(',').Select(value => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 0).ToList();
        return numbers.Contains(0) ? [] : numbers;
    }
}
