using System.Buffers.Binary;
using System.ComponentModel;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace GitOpsGateway.DevMode.Sources;

/// <summary>
/// The few Linux calls that let the folder reader work relative to folders it has already opened and checked
/// (<c>openat</c> with <c>O_NOFOLLOW</c>, <c>statx</c> without following links, <c>readlinkat</c>), so no path is
/// ever resolved through a symbolic link, and a FIFO is never opened.
/// </summary>
internal static partial class LinuxFileSystem
{
    private const int AtSymlinkNoFollow = 0x100;
    private const int AtEmptyPath = 0x1000;
    private const uint StatxBasicStats = 0x7ff;
    private const int StatxSize = 256;
    private const int NonBlocking = 0x800;
    private const int CloseOnExec = 0x80000;
    private const int NoSuchEntry = 2;

    // Arm and PowerPC number these two flags their own way; every other Linux uses the generic values.
    private static readonly bool ArmFlags = RuntimeInformation.ProcessArchitecture
        is Architecture.Arm or Architecture.Arm64 or Architecture.Ppc64le or Architecture.Armv6;

    private static readonly int DirectoryOnly = ArmFlags ? 0x4000 : 0x10000;
    private static readonly int NoFollow = ArmFlags ? 0x8000 : 0x20000;

    /// <summary>Opens the watched folder itself; a link as the folder is the user's own choice and is followed.</summary>
    public static SafeFileHandle OpenRoot(string path) => Check(Open(-100, path, DirectoryOnly | CloseOnExec, 0), path);

    /// <returns>The folder's handle, or null when it vanished or was replaced by a link since it was listed.</returns>
    public static SafeFileHandle? OpenDirectory(SafeFileHandle parent, string name) =>
        OpenRelative(parent, name, DirectoryOnly | NoFollow | CloseOnExec);

    /// <returns>The file's handle, or null when it vanished or was replaced by a link since it was listed.</returns>
    public static SafeFileHandle? OpenFile(SafeFileHandle parent, string name) =>
        OpenRelative(parent, name, NoFollow | NonBlocking | CloseOnExec);

    /// <returns>The entry's status without following a link, or null when it vanished.</returns>
    public static FileStatus? StatusOf(SafeFileHandle parent, string name) => Status(parent, name, AtSymlinkNoFollow);

    public static FileStatus StatusOf(SafeFileHandle handle) =>
        Status(handle, string.Empty, AtEmptyPath) ?? throw new IOException("An open file has no status.");

    public static byte[] LinkTarget(SafeFileHandle parent, string name)
    {
        var buffer = new byte[4096];
        var length = ReadLinkAt(Descriptor(parent), name, buffer, buffer.Length);
        if (length < 0)
        {
            throw Error(name);
        }

        return buffer[..(int)length];
    }

    /// <summary>The names in an open folder, through its descriptor's entry in <c>/proc/self/fd</c>.</summary>
    public static IEnumerable<string> Names(SafeFileHandle directory) =>
        Directory.EnumerateFileSystemEntries($"/proc/self/fd/{Descriptor(directory)}").Select(Path.GetFileName).OfType<string>();

    private static SafeFileHandle? OpenRelative(SafeFileHandle parent, string name, int flags)
    {
        var descriptor = Open(Descriptor(parent), name, flags, 0);
        if (descriptor >= 0)
        {
            return new SafeFileHandle(descriptor, ownsHandle: true);
        }

        // ELOOP (40) and ENOTDIR (20): the entry became a link or changed kind after it was listed.
        var error = Marshal.GetLastPInvokeError();
        return error is NoSuchEntry or 40 or 20 ? null : throw Error(name);
    }

    private static FileStatus? Status(SafeFileHandle directory, string name, int flags)
    {
        Span<byte> buffer = stackalloc byte[StatxSize];
        if (Statx(Descriptor(directory), name, flags, StatxBasicStats, ref MemoryMarshal.GetReference(buffer)) != 0)
        {
            return Marshal.GetLastPInvokeError() == NoSuchEntry ? null : throw Error(name);
        }

        // struct statx: stx_nlink at 16, stx_mode at 28, stx_ino at 32, stx_size at 40, stx_dev_major/minor at 136/140.
        var mode = BinaryPrimitives.ReadUInt16LittleEndian(buffer[28..]);
        var device = ((ulong)BinaryPrimitives.ReadUInt32LittleEndian(buffer[136..]) << 32) | BinaryPrimitives.ReadUInt32LittleEndian(buffer[140..]);
        return new FileStatus(
            (uint)(mode & 0xF000),
            BinaryPrimitives.ReadUInt32LittleEndian(buffer[16..]),
            device,
            BinaryPrimitives.ReadUInt64LittleEndian(buffer[32..]),
            (long)BinaryPrimitives.ReadUInt64LittleEndian(buffer[40..]));
    }

    private static SafeFileHandle Check(int descriptor, string path) =>
        descriptor >= 0 ? new SafeFileHandle(descriptor, ownsHandle: true) : throw Error(path);

    private static int Descriptor(SafeFileHandle handle) => (int)handle.DangerousGetHandle();

    private static IOException Error(string name)
    {
        var error = Marshal.GetLastPInvokeError();
        return new IOException($"{name}: {new Win32Exception(error).Message}", error);
    }

    [LibraryImport("libc", EntryPoint = "openat", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(int directory, string path, int flags, uint mode);

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int directory, string path, int flags, uint mask, ref byte buffer);

    [LibraryImport("libc", EntryPoint = "readlinkat", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial nint ReadLinkAt(int directory, string path, byte[] buffer, nint size);
}
