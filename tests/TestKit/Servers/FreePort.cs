using System.Net;
using System.Net.Sockets;

namespace SendPlatform.TestKit.Servers;

public static class FreePort
{
    /// <summary>A loopback port the OS reports free now (the kernel hands out ephemeral ports in turn, so reuse soon after is unlikely).</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static async Task<bool> IsOpenAsync(int port, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
