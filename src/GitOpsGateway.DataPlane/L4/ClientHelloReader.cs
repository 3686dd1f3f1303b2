using System.Buffers;
using System.Buffers.Binary;
using System.IO.Pipelines;
using System.Text;

namespace GitOpsGateway.DataPlane.L4;

/// <summary>
/// Reads the server name (SNI) from the TLS ClientHello at the start of a connection without consuming it, so the
/// bytes still go to the backend unchanged. Only the first TLS record is read; a ClientHello that does not fit in
/// it, or a connection that is not TLS, yields no name.
/// </summary>
internal static class ClientHelloReader
{
    private const int RecordHeaderLength = 5;
    private const int MaxRecordLength = 16 * 1024 + 2048;
    private const byte HandshakeRecord = 22;
    private const byte ClientHello = 1;
    private const ushort ServerNameExtension = 0;
    private const byte HostNameType = 0;

    public static async Task<string?> PeekServerNameAsync(PipeReader input, CancellationToken cancellationToken)
    {
        while (true)
        {
            var read = await input.ReadAsync(cancellationToken);
            var buffer = read.Buffer;
            var recordLength = RecordLength(buffer);
            if (recordLength < 0 || (buffer.Length < RecordHeaderLength + recordLength && (read.IsCompleted || read.IsCanceled)))
            {
                input.AdvanceTo(buffer.Start);
                return null;
            }

            if (buffer.Length >= RecordHeaderLength + recordLength)
            {
                var record = buffer.Slice(RecordHeaderLength, recordLength).ToArray();
                input.AdvanceTo(buffer.Start);
                return ServerName(record);
            }

            // Consume nothing, but wait for more than what has been seen.
            input.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    /// <summary>The record's length, 0 while the header is incomplete, -1 when this is not a TLS handshake record.</summary>
    private static int RecordLength(ReadOnlySequence<byte> buffer)
    {
        if (buffer.Length < RecordHeaderLength)
        {
            return buffer.IsEmpty || buffer.FirstSpan[0] == HandshakeRecord ? 0 : -1;
        }

        Span<byte> header = stackalloc byte[RecordHeaderLength];
        buffer.Slice(0, RecordHeaderLength).CopyTo(header);
        var length = BinaryPrimitives.ReadUInt16BigEndian(header[3..]);
        return header[0] == HandshakeRecord && length <= MaxRecordLength ? length : -1;
    }

    private static string? ServerName(ReadOnlySpan<byte> handshake)
    {
        // Handshake: type (1), length (3), client version (2), random (32), then length-prefixed fields.
        if (handshake.Length < 38 || handshake[0] != ClientHello)
        {
            return null;
        }

        var rest = handshake[38..];
        if (!Skip(ref rest, 1) || !Skip(ref rest, 2) || !Skip(ref rest, 1) || rest.Length < 2)
        {
            return null;
        }

        var extensions = rest[2..];
        var extensionsLength = BinaryPrimitives.ReadUInt16BigEndian(rest);
        extensions = extensions[..Math.Min(extensionsLength, extensions.Length)];
        while (extensions.Length >= 4)
        {
            var type = BinaryPrimitives.ReadUInt16BigEndian(extensions);
            var length = BinaryPrimitives.ReadUInt16BigEndian(extensions[2..]);
            if (extensions.Length < 4 + length)
            {
                return null;
            }

            if (type == ServerNameExtension)
            {
                return HostName(extensions.Slice(4, length));
            }

            extensions = extensions[(4 + length)..];
        }

        return null;
    }

    private static string? HostName(ReadOnlySpan<byte> extension)
    {
        // server_name_list: length (2), then entries of type (1), length (2), name.
        var list = extension.Length < 2 ? [] : extension[2..];
        while (list.Length >= 3)
        {
            var length = BinaryPrimitives.ReadUInt16BigEndian(list[1..]);
            if (list.Length < 3 + length)
            {
                return null;
            }

            if (list[0] == HostNameType)
            {
                return Encoding.ASCII.GetString(list.Slice(3, length));
            }

            list = list[(3 + length)..];
        }

        return null;
    }

    /// <summary>Skips a field prefixed by its length in <paramref name="lengthBytes"/> bytes.</summary>
    private static bool Skip(ref ReadOnlySpan<byte> data, int lengthBytes)
    {
        if (data.Length < lengthBytes)
        {
            return false;
        }

        var length = lengthBytes == 1 ? data[0] : BinaryPrimitives.ReadUInt16BigEndian(data);
        if (data.Length < lengthBytes + length)
        {
            return false;
        }

        data = data[(lengthBytes + length)..];
        return true;
    }
}
