using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace GitOpsGateway.Benchmarks.Ingestion;

/// <summary>
/// How many runs and how large a repository. The defaults give exactly 10,000 objects: 7,998 HTTPRoutes, 1,000
/// Services with one EndpointSlice each, a GatewayClass and a Gateway.
/// </summary>
internal sealed record IngestionOptions
{
    public const string Usage = "usage: ingest [--runs N (3-5 is usual)] [--routes N] [--services N (a multiple of 10)]";

    public int Runs { get; init; } = 3;

    public int Routes { get; init; } = 7_998;

    public int Services { get; init; } = 1_000;

    public static bool TryParse(IReadOnlyList<string> arguments, [NotNullWhen(true)] out IngestionOptions? options, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        options = new IngestionOptions();
        for (var index = 0; index < arguments.Count; index += 2)
        {
            var name = arguments[index];
            if (index + 1 >= arguments.Count || !int.TryParse(arguments[index + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1)
            {
                error = $"{name} needs a positive whole number.";
                options = null;
                return false;
            }

            switch (name)
            {
                case "--runs":
                    options = options with { Runs = value };
                    break;
                case "--routes":
                    options = options with { Routes = value };
                    break;
                case "--services" when value % 10 == 0:
                    options = options with { Services = value };
                    break;
                default:
                    error = $"Unknown option or value: {name} {arguments[index + 1]}.";
                    options = null;
                    return false;
            }
        }

        error = null;
        return true;
    }
}
