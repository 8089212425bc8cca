using System.Runtime.InteropServices;

namespace SendPlatform.TestKit.Servers;

/// <summary>.NET's Process offers only SIGKILL; servers and ASP.NET apps shut down cleanly on SIGTERM.</summary>
public static partial class Posix
{
    private const int SigTerm = 15;

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);

    public static void Terminate(int pid) => Kill(pid, SigTerm);
}
