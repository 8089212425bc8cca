using SendPlatform.SharedKernel.Identifiers;
using SendPlatform.NationalStandards.Domain.Standards;

namespace SendPlatform.NationalStandards.Tests.Domain;

public sealed class StandardsVersionTests
{
    [Theory]
    [InlineData("2026.1", 2026, 1)]
    [InlineData("2027.12", 2027, 12)]
    public void A_year_and_number_parse(string text, int year, int number)
    {
        Assert.True(StandardsVersion.TryParse(text, out var version));
        Assert.Equal(new StandardsVersion(year, number), version);
        Assert.Equal(text, version.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("2026")]
    [InlineData("2026.0")]
    [InlineData("2026.01")]
    [InlineData("26.1")]
    [InlineData("1999.1")]
    [InlineData("2026.1.1")]
    [InlineData("2026.-1")]
    [InlineData("v2026.1")]
    public void Malformed_versions_do_not_parse(string text) => Assert.False(StandardsVersion.TryParse(text, out _));

    [Fact]
    public void Versions_order_by_year_then_number_not_as_text()
    {
        Assert.True(new StandardsVersion(2026, 10) > new StandardsVersion(2026, 2));
        Assert.True(new StandardsVersion(2027, 1) > new StandardsVersion(2026, 10));
    }
}
