namespace GitOpsGateway.DevMode.Sources;

/// <summary>The facts of <c>statx(2)</c> the folder reader decides on.</summary>
internal readonly record struct FileStatus(uint Type, uint Links, ulong Device, ulong Inode, long Size)
{
    public const uint RegularFile = 0x8000;
    public const uint Directory = 0x4000;
    public const uint SymbolicLink = 0xA000;

    public bool IsRegularFile => Type == RegularFile;

    public bool IsDirectory => Type == Directory;

    public bool IsSymbolicLink => Type == SymbolicLink;

    public bool IsSameFile(FileStatus other) => Device == other.Device && Inode == other.Inode;

    /// <summary>FIFO, character or block device, socket: kinds a read could block on or that hold no file.</summary>
    public string Describe() => Type switch
    {
        0x1000 => "a FIFO",
        0x2000 => "a character device",
        0x6000 => "a block device",
        0xC000 => "a socket",
        RegularFile => "a regular file",
        Directory => "a folder",
        SymbolicLink => "a symbolic link",
        _ => "an entry of an unknown kind",
    };
}
