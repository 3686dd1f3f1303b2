using System.Globalization;

namespace GitOpsGateway.Benchmarks.Audit;

/// <summary>Arguments of <c>audit</c>: how big a store to seed and how many queries of each kind to time.</summary>
internal sealed record AuditOptions
{
    public const string Usage =
        "usage: audit [--events N (1000000)] [--sources N (100)] [--routes N per source (10)] [--nodes N per Gateway (2)] "
        + "[--batch N commits per transaction (200)] [--samples N queries per kind (300)]";

    public int Events { get; init; } = 1_000_000;

    public int Sources { get; init; } = 100;

    public int RoutesPerSource { get; init; } = 10;

    public int NodesPerGateway { get; init; } = 2;

    public int CommitsPerBatch { get; init; } = 200;

    public int Samples { get; init; } = 300;

    public static bool TryParse(IReadOnlyList<string> arguments, out AuditOptions options, out string? error)
    {
        options = new AuditOptions();
        error = null;
        for (var index = 0; index < arguments.Count; index += 2)
        {
            if (index + 1 >= arguments.Count || !int.TryParse(arguments[index + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1)
            {
                error = $"'{arguments[index]}' needs a positive number.";
                return false;
            }

            switch (arguments[index])
            {
                case "--events": options = options with { Events = value }; break;
                case "--sources": options = options with { Sources = value }; break;
                case "--routes": options = options with { RoutesPerSource = value }; break;
                case "--nodes": options = options with { NodesPerGateway = value }; break;
                case "--batch": options = options with { CommitsPerBatch = value }; break;
                case "--samples": options = options with { Samples = value }; break;
                default:
                    error = $"Unknown option '{arguments[index]}'.";
                    return false;
            }
        }

        return true;
    }
}
