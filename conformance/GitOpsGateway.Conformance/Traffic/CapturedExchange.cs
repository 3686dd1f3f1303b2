using System.Net;
using GitOpsGateway.Testing.Echo;

namespace GitOpsGateway.Conformance.Traffic;

/// <summary>One round trip as the suite's round tripper captures it: the response, and what the echo backend saw.</summary>
public sealed record CapturedExchange(
    HttpStatusCode Status,
    IReadOnlyDictionary<string, IReadOnlyList<string>> ResponseHeaders,
    Uri? Location,
    EchoResponse? Echo);
