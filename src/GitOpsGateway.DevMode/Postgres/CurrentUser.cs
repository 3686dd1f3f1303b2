using System.Runtime.InteropServices;

namespace GitOpsGateway.DevMode.Postgres;

/// <summary>Who this process runs as: PostgreSQL's tools refuse to run as root.</summary>
internal static partial class CurrentUser
{
    public static bool IsRoot => OperatingSystem.IsLinux() || OperatingSystem.IsMacOS() ? GetEffectiveUserId() == 0 : false;

    [LibraryImport("libc", EntryPoint = "geteuid")]
    private static partial uint GetEffectiveUserId();
}
