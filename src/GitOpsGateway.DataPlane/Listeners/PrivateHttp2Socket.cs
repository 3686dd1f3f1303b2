using System.Net.Sockets;

namespace GitOpsGateway.DataPlane.Listeners;

/// <summary>
/// Where the HTTP/2-only endpoint that lends its pipeline to <see cref="CleartextHttp2Selector"/> listens: a Unix
/// socket nobody is meant to call. On Linux an abstract one (no file, so it works on a read-only file system); elsewhere
/// a file in the temporary folder, deleted with the port.
/// </summary>
internal sealed class PrivateHttp2Socket
{
    private readonly string? _file;

    private PrivateHttp2Socket(UnixDomainSocketEndPoint endPoint, string? file)
    {
        EndPoint = endPoint;
        _file = file;
    }

    public UnixDomainSocketEndPoint EndPoint { get; }

    /// <summary>A fresh name per port server, so ports never share one.</summary>
    public static PrivateHttp2Socket Create()
    {
        var name = $"gg-h2c-{Guid.NewGuid():N}";
        if (OperatingSystem.IsLinux())
        {
            return new PrivateHttp2Socket(new UnixDomainSocketEndPoint("\0" + name), file: null);
        }

        var file = Path.Combine(Path.GetTempPath(), name + ".sock");
        return new PrivateHttp2Socket(new UnixDomainSocketEndPoint(file), file);
    }

    public void Release()
    {
        try
        {
            if (_file is not null)
            {
                File.Delete(_file);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A leftover socket file in the temporary folder is harmless; the next server uses a new name.
        }
    }
}
