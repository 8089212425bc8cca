using System.Net.Sockets;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SendPlatform.AppHost.LocalServers;

/// <summary>
/// Healthy when epmd answers a NAMES request (length 1, byte 'n'; the reply starts with its own port). Written here:
/// no packaged check speaks epmd, and a bare connect makes epmd log "partial packet" on every probe.
/// </summary>
internal sealed class EpmdHealthCheck(int port) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", port, cancellationToken);
            var stream = client.GetStream();
            await stream.WriteAsync(new byte[] { 0, 1, (byte)'n' }, cancellationToken);
            var reply = new byte[4];
            await stream.ReadExactlyAsync(reply, cancellationToken);
            var answered = (reply[0] << 24 | reply[1] << 16 | reply[2] << 8 | reply[3]) == port;
            return answered ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy($"Port {port} answered, but not as epmd.");
        }
        catch (Exception ex) when (ex is SocketException or IOException)
        {
            return HealthCheckResult.Unhealthy($"epmd does not answer on port {port}.", ex);
        }
    }
}
