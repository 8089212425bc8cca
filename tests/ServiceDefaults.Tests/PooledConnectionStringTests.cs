using Npgsql;
using SendPlatform.ServiceDefaults.Database;

namespace SendPlatform.ServiceDefaults.Tests;

public sealed class PooledConnectionStringTests
{
    [Theory]
    [InlineData("Host=db;Database=movementsdb", 64)]
    [InlineData("Host=db;Database=movementsdb;Max Auto Prepare=0", 0)]
    [InlineData("Host=db;Database=movementsdb;Max Auto Prepare=8", 8)]
    [InlineData("Host=db;Database=movementsdb;maxautoprepare=0", 0)]
    public void Statements_are_prepared_unless_the_configuration_says_how_many(string configured, int prepared)
    {
        var pooled = new NpgsqlConnectionStringBuilder(DatabaseExtensions.PooledConnectionString(configured));
        Assert.Equal(prepared, pooled.MaxAutoPrepare);
        Assert.True(pooled.NoResetOnClose);
        Assert.Equal("movementsdb", pooled.Database);
    }
}
