using GitOpsGateway.GatewayApi;
using GitOpsGateway.Translation.Tests.Requests;

namespace GitOpsGateway.Translation.Tests.Golden;

/// <summary>Compares what a request led to with its <c>expect</c> map; returns the failures.</summary>
internal static class OutcomeAssertions
{
    public static IEnumerable<string> Check(ExpectedOutcome expected, RequestOutcome actual)
    {
        var positive = actual.Backends.Where(backend => backend.Weight > 0).ToList();
        if (expected.Backend is { } backend
            && (actual.Action != "Forward" || positive.Count == 0 || positive.Any(share => !share.IsValid || share.Target != backend)))
        {
            yield return $"expected every request to reach {backend}; got {Describe(actual)}";
        }

        if (expected.Backends is { } weights)
        {
            var got = actual.Backends.Select(share => $"{share.Target}={share.Weight}").Order().ToList();
            var want = weights.Select(entry => $"{entry.Key}={entry.Value}").Order().ToList();
            if (!got.SequenceEqual(want))
            {
                yield return $"expected backends [{string.Join(", ", want)}]; got [{string.Join(", ", got)}] ({actual.Action})";
            }
        }

        if (expected.Status is { } status && status != StatusOf(actual))
        {
            yield return $"expected status {status}; got {Describe(actual)}";
        }

        foreach (var failure in Equal("location", expected.Location, actual.Location)
            .Concat(Equal("path", expected.Path, actual.Path))
            .Concat(Equal("hostHeader", expected.HostHeader, actual.HostHeader))
            .Concat(Equal("grpcStatus", expected.GrpcStatus, actual.GrpcStatus))
            .Concat(Equal("backendProtocol", expected.BackendProtocol, positive.FirstOrDefault()?.Protocol))
            .Concat(Headers("request", expected.RequestHeaders, expected.AbsentRequestHeaders, actual.RequestHeaders))
            .Concat(Headers("response", expected.ResponseHeaders, expected.AbsentResponseHeaders, actual.ResponseHeaders))
            .Concat(Duration("requestTimeout", expected.RequestTimeout, actual.RequestTimeout))
            .Concat(Duration("backendRequestTimeout", expected.BackendRequestTimeout, actual.BackendRequestTimeout)))
        {
            yield return failure;
        }

        if (expected.Mirrors is { } mirrors && !mirrors.Order().SequenceEqual(actual.Mirrors.Order()))
        {
            yield return $"expected mirrors [{string.Join(", ", mirrors)}]; got [{string.Join(", ", actual.Mirrors)}]";
        }
    }

    public static string Describe(RequestOutcome outcome) => outcome switch
    {
        { Action: "Forward" } => $"forward to [{string.Join(", ", outcome.Backends.Select(share => $"{share.Target}={share.Weight}"))}] by {outcome.Rule}",
        { Action: "Refused" } => "refused",
        { Location: { } location } => $"redirect {outcome.Status} to {location} by {outcome.Rule}",
        { Rule: { } rule } => $"answer {outcome.Status} by {rule}",
        _ => $"answer {outcome.Status}: no listener, host or rule matches",
    };

    private static string StatusOf(RequestOutcome outcome) => outcome.Action switch
    {
        "Refused" => "refused",
        "Forward" => "200",
        _ => outcome.Status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none",
    };

    private static IEnumerable<string> Equal(string what, string? expected, string? actual)
    {
        if (expected is not null && expected != actual)
        {
            yield return $"expected {what} {expected}; got {actual ?? "none"}";
        }
    }

    private static IEnumerable<string> Headers(
        string side, IReadOnlyDictionary<string, string>? expected, IReadOnlyList<string>? absent, IReadOnlyDictionary<string, string> actual)
    {
        foreach (var (name, value) in expected ?? new Dictionary<string, string>())
        {
            if (!actual.TryGetValue(name, out var got) || got != value)
            {
                yield return $"expected {side} header {name}: {value}; got {got ?? "none"}";
            }
        }

        foreach (var name in (absent ?? []).Where(actual.ContainsKey))
        {
            yield return $"expected no {side} header {name}; got {actual[name]}";
        }
    }

    private static IEnumerable<string> Duration(string what, string? expected, TimeSpan? actual)
    {
        if (expected is not null && (!GatewayDuration.TryParse(expected, out var duration) || duration != actual))
        {
            yield return $"expected {what} {expected}; got {actual?.ToString() ?? "none"}";
        }
    }
}
