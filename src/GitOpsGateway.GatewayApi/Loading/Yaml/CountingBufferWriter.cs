using System.Buffers;

namespace GitOpsGateway.GatewayApi.Loading.Yaml;

/// <summary>A buffer writer that counts what is written into it and keeps nothing: one scratch buffer is reused.</summary>
internal sealed class CountingBufferWriter : IBufferWriter<byte>
{
    private byte[] scratch = new byte[4096];

    public long Written { get; private set; }

    public void Advance(int count) => Written += count;

    public Memory<byte> GetMemory(int sizeHint = 0) => Scratch(sizeHint);

    public Span<byte> GetSpan(int sizeHint = 0) => Scratch(sizeHint);

    private byte[] Scratch(int sizeHint)
    {
        if (sizeHint > scratch.Length)
        {
            scratch = new byte[Math.Max(sizeHint, scratch.Length * 2)];
        }

        return scratch;
    }
}
