using Grpc.Core;
using Grpc.Net.Client;

namespace GitOpsGateway.DataPlane.Tests.Support;

/// <summary>
/// A real gRPC client (Grpc.Net.Client over h2c) calling unary methods with opaque byte payloads, so the tests need
/// no generated stubs: what they check is the status the node answers, not the messages.
/// </summary>
internal sealed class RawGrpcClient(int port) : IDisposable
{
    private static readonly Marshaller<byte[]> Bytes = Marshallers.Create(payload => payload, payload => payload);

    private readonly GrpcChannel _channel = GrpcChannel.ForAddress(
        $"http://127.0.0.1:{port}", new GrpcChannelOptions { HttpHandler = new SocketsHttpHandler(), DisposeHttpClient = true });

    /// <summary>Calls <c>/SERVICE/METHOD</c> and returns the status: OK, or the one the call failed with.</summary>
    public async Task<Status> CallAsync(string service, string method) => (await ExchangeAsync(service, method, [1, 2, 3])).Status;

    /// <summary>Calls <c>/SERVICE/METHOD</c> with <paramref name="request"/>; the reply is null unless the status is OK.</summary>
    public async Task<(Status Status, byte[]? Reply)> ExchangeAsync(string service, string method, byte[] request)
    {
        var unary = new Method<byte[], byte[]>(MethodType.Unary, service, method, Bytes, Bytes);
        var options = new CallOptions(deadline: DateTime.UtcNow.AddSeconds(30), cancellationToken: TestContext.Current.CancellationToken);
        try
        {
            var reply = await _channel.CreateCallInvoker().AsyncUnaryCall(unary, host: null, options, request);
            return (Status.DefaultSuccess, reply);
        }
        catch (RpcException exception)
        {
            return (exception.Status, null);
        }
    }

    public void Dispose() => _channel.Dispose();
}
