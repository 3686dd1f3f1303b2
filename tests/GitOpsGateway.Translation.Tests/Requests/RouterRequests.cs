using GitOpsGateway.RouteTables;
using GitOpsGateway.RouteTables.Backends;
using GitOpsGateway.Routing;
using GitOpsGateway.Routing.Decisions;
using GitOpsGateway.Routing.Headers;
using GitOpsGateway.Translation.Tests.Golden;

namespace GitOpsGateway.Translation.Tests.Requests;

/// <summary>
/// Sends an expected request through the data plane's own router (<see cref="CompiledRouter"/>) built from the
/// compiled table, and describes what comes of it. Where traffic is split, the first backend with a positive
/// weight stands for "the backend that takes the request" so its filters can be checked.
/// </summary>
internal static class RouterRequests
{
    public static CompiledRouter Router(RouteTable table)
    {
        var router = CompiledRouter.Build(table);
        Assert.True(router.Problems.IsEmpty, $"The router cannot honour table {table.Gateway}: {string.Join("; ", router.Problems)}");
        return router;
    }

    public static RequestOutcome Route(CompiledRouter router, RequestExpectation request)
    {
        var table = router.Table;
        var decision = router.Route(Request(request));
        return decision switch
        {
            L4Forward forward => Shares(table, forward.Backends).Any(share => share.IsValid && share.Weight > 0)
                ? new RequestOutcome { Action = "Forward", Listener = forward.ListenerName, Rule = forward.Route, Backends = Shares(table, forward.Backends) }
                : RequestOutcome.Refused(forward.ListenerName),
            NotFound when request.Scheme == "tls" => RequestOutcome.Refused(),
            NotFound => RequestOutcome.NotFound(request.Grpc),
            Forward forward => Forwarded(table, request, forward),
            _ => Answered(decision, request.Grpc),
        };
    }

    private static RequestOutcome Forwarded(RouteTable table, RequestExpectation request, Forward forward)
    {
        var taker = forward.Backends.Select((backend, index) => (backend, index)).FirstOrDefault(entry => entry.backend is ClusterBackend && entry.backend.Weight > 0);
        var chosen = taker.backend is null ? forward : forward.ForBackend(taker.index);
        if (chosen is not Forward applied)
        {
            return Answered(chosen, request.Grpc) with { Backends = Shares(table, forward.Backends) };
        }

        var requestHeaders = Headers(request.Headers);
        HeaderMutation.Apply(applied.RequestHeaderModifiers, requestHeaders);
        var responseHeaders = new HeaderCollection();
        HeaderMutation.Apply(applied.ResponseHeaderModifiers, responseHeaders);
        return new RequestOutcome
        {
            Action = "Forward",
            Listener = applied.ListenerName,
            Rule = applied.Rule,
            Backends = Shares(table, forward.Backends),
            Path = applied.Query.Length == 0 ? applied.Path : $"{applied.Path}?{applied.Query}",
            HostHeader = applied.Host,
            RequestHeaders = Flatten(requestHeaders),
            ResponseHeaders = Flatten(responseHeaders),
            Mirrors = [.. applied.Mirrors.Select(mirror => Service(mirror.ClusterId))],
            RequestTimeout = applied.Timeouts?.Request,
            BackendRequestTimeout = applied.Timeouts?.BackendRequest,
        };
    }

    private static RequestOutcome Answered(RoutingDecision decision, bool grpc) => decision switch
    {
        Redirect redirect => new RequestOutcome { Action = "Respond", Status = redirect.StatusCode, Location = redirect.Location, Rule = redirect.Rule },
        DirectResponse direct => new RequestOutcome
        {
            Action = "Respond",
            Status = direct.StatusCode,
            Rule = direct.Rule,
            GrpcStatus = grpc ? (direct.StatusCode == 503 ? "UNAVAILABLE" : "INTERNAL") : null,
        },
        Misdirected => new RequestOutcome { Action = "Respond", Status = Misdirected.StatusCode },
        _ => new RequestOutcome { Action = decision.GetType().Name },
    };

    private static RouteRequest Request(RequestExpectation request)
    {
        var question = request.Path.IndexOf('?', StringComparison.Ordinal);
        var headers = Headers(request.Headers);
        if (request.Grpc)
        {
            headers.Set("content-type", "application/grpc");
        }

        return new RouteRequest
        {
            Port = request.Port,
            Scheme = request.Scheme switch
            {
                "https" => RequestScheme.Https,
                "tls" => RequestScheme.Tls,
                _ => RequestScheme.Http,
            },
            ServerName = request.Sni ?? (request.Scheme == "https" ? GitOpsGateway.Translation.Hostnames.HostnameMatching.StripPort(request.Host ?? string.Empty) : null),
            Host = request.Host,
            Method = request.Grpc ? "POST" : request.Method,
            Path = question < 0 ? request.Path : request.Path[..question],
            Query = question < 0 ? string.Empty : request.Path[(question + 1)..],
            Headers = headers,
        };
    }

    private static HeaderCollection Headers(IReadOnlyDictionary<string, string> headers)
    {
        var collection = new HeaderCollection();
        foreach (var (name, value) in headers)
        {
            collection.Append(name, value);
        }

        return collection;
    }

    private static Dictionary<string, string> Flatten(HeaderCollection headers)
    {
        var flat = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in headers.Select(header => header.Key).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            headers.TryGetValue(name, out var value);
            flat[name] = value!;
        }

        return flat;
    }

    private static IReadOnlyList<BackendShare> Shares(RouteTable table, EquatableArray<Backend> backends) =>
    [
        .. backends.Select(backend => backend switch
        {
            ClusterBackend cluster => new BackendShare(
                Service(cluster.ClusterId), cluster.Weight, table.Clusters.Single(candidate => candidate.Id == cluster.ClusterId).Protocol.ToString().ToLowerInvariant()),
            InvalidBackend invalid => new BackendShare($"invalid ({invalid.Reason})", invalid.Weight, null),
            _ => new BackendShare(backend.GetType().Name, backend.Weight, null),
        }),
    ];

    /// <summary>The Service a cluster id names: ids are <c>ns/name:port</c>, optionally followed by <c>/protocol</c>.</summary>
    private static string Service(string clusterId) => clusterId[..clusterId.LastIndexOf(':')];
}
