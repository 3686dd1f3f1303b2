using Microsoft.AspNetCore.Http;

namespace GitOpsGateway.DataPlane.Pipeline;

/// <summary>
/// Answers a gRPC call with a gRPC status instead of an HTTP error, in the trailers-only form gRPC servers use for
/// a call that fails before any message: HTTP 200, <c>content-type: application/grpc</c>, and <c>grpc-status</c>
/// with <c>grpc-message</c> in the only HEADERS frame, which ends the stream. gRPC clients map bare HTTP errors to
/// statuses too, but not to the ones the GRPCRoute spec and its conformance tests require (docs/gateway-api.md).
/// </summary>
internal static class GrpcStatusAnswer
{
    /// <summary>UNIMPLEMENTED: no route serves the method.</summary>
    public const int Unimplemented = 12;

    /// <summary>UNAVAILABLE: the rule has no valid backend for this call, or the node serves no table yet.</summary>
    public const int Unavailable = 14;

    /// <summary>A gRPC call by its content type (<c>application/grpc</c> or <c>application/grpc+FORMAT</c>); gRPC-Web is not.</summary>
    public static bool IsGrpcCall(HttpRequest request)
    {
        var contentType = request.ContentType.AsSpan();
        const string grpc = "application/grpc";
        if (!contentType.StartsWith(grpc, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var rest = contentType[grpc.Length..];
        return rest.IsEmpty || rest[0] is '+' or ';';
    }

    /// <param name="message">Printable ASCII without <c>%</c>, so it needs no percent-encoding.</param>
    public static void Write(HttpResponse response, int status, string message)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/grpc";
        response.Headers["grpc-status"] = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        response.Headers["grpc-message"] = message;
    }
}
