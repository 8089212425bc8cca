using System.Net.Sockets;
using Grpc.Core;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using StackExchange.Redis;

namespace SendPlatform.ServiceDefaults.Errors;

/// <summary>
/// Whether a failure is worth waiting out: the database, the broker or another service being away or overloaded. A
/// consumer's delivery waits and comes back; a caller is answered UNAVAILABLE, to retry with its idempotency key.
/// Anything else (a rule the event breaks, a bug) will fail the same way in an hour: a consumer parks it in the
/// _error queue to be fixed and replayed, a caller gets INTERNAL.
/// </summary>
public static class TransientFailures
{
    private static readonly StatusCode[] RetryableRpcStatuses =
        [StatusCode.Unavailable, StatusCode.DeadlineExceeded, StatusCode.ResourceExhausted, StatusCode.Aborted];

    public static bool IsTransient(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is AggregateException aggregate && aggregate.InnerExceptions.Any(IsTransient)) return true;
            if (e switch
                {
                    NpgsqlException npgsql => npgsql.IsTransient || npgsql is PostgresException { SqlState: var state } && IsUnavailable(state),
                    RetryLimitExceededException => true,
                    RpcException rpc => RetryableRpcStatuses.Contains(rpc.StatusCode),
                    RedisConnectionException or RedisTimeoutException => true,
                    TimeoutException or SocketException or HttpRequestException => true,
                    _ => false,
                })
            {
                return true;
            }
        }
        return false;
    }

    // Class 08 (connection), 53 (insufficient resources), 57P (shut down, cannot connect now): the server, not the data.
    // 55000 is what a database closed for maintenance (ALLOW_CONNECTIONS false) answers every new connection.
    private static bool IsUnavailable(string sqlState) =>
        sqlState.StartsWith("08", StringComparison.Ordinal) || sqlState.StartsWith("53", StringComparison.Ordinal)
        || sqlState.StartsWith("57P", StringComparison.Ordinal) || sqlState == PostgresErrorCodes.ObjectNotInPrerequisiteState;
}
