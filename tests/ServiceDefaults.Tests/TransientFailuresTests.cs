using Grpc.Core;
using Npgsql;
using SendPlatform.ServiceDefaults.Errors;

namespace SendPlatform.ServiceDefaults.Tests;

/// <summary>What is waited out (a consumer's redelivery, a caller's UNAVAILABLE) and what is not.</summary>
public sealed class TransientFailuresTests
{
    private static PostgresException Postgres(string sqlState) => new("message", "FATAL", "FATAL", sqlState);

    [Theory]
    [InlineData("57P01")] // admin shutdown: the server is stopping
    [InlineData("57P03")] // cannot connect now: the server is starting
    [InlineData("08006")] // connection failure
    [InlineData("53300")] // too many connections
    [InlineData("55000")] // database closed to new connections for maintenance
    [InlineData("40001")] // serialization failure
    public void A_server_that_is_away_or_busy_is_transient(string sqlState) => Assert.True(TransientFailures.IsTransient(Postgres(sqlState)));

    [Theory]
    [InlineData("23505")] // unique violation
    [InlineData("22001")] // value too long
    [InlineData("42P01")] // undefined table: a bug
    [InlineData("3D000")] // no such database: configuration
    public void A_failure_of_the_data_or_the_code_is_not(string sqlState) => Assert.False(TransientFailures.IsTransient(Postgres(sqlState)));

    [Fact]
    public void Another_service_unavailable_is_transient_and_its_refusal_is_not()
    {
        Assert.True(TransientFailures.IsTransient(new RpcException(new Status(StatusCode.Unavailable, "down"))));
        Assert.False(TransientFailures.IsTransient(new RpcException(new Status(StatusCode.NotFound, "no such pupil"))));
    }

    [Fact]
    public void A_transient_cause_inside_a_wrapper_is_found()
    {
        var wrapped = new InvalidOperationException("saving failed", new NpgsqlException("Failed to connect", new System.Net.Sockets.SocketException(111)));
        Assert.True(TransientFailures.IsTransient(wrapped));
        Assert.False(TransientFailures.IsTransient(new InvalidOperationException("a bug")));
    }
}
