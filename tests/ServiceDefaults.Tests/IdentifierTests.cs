using SendPlatform.SharedKernel.Identifiers;

namespace SendPlatform.ServiceDefaults.Tests;

public sealed class IdentifierTests
{
    [Fact]
    public void The_153_local_authorities_load_with_names_that_contain_commas()
    {
        Assert.Equal(153, LocalAuthorities.All.Count);
        Assert.Equal("Bristol, City of", LocalAuthorities.Find("801")!.Name);
        Assert.Equal(9, LocalAuthorities.All.Select(l => l.Region).Distinct().Count());
    }

    [Theory]
    [InlineData("931", true)]
    [InlineData("909", false)]
    [InlineData("93", false)]
    [InlineData("abc", false)]
    [InlineData("", false)]
    public void La_codes_are_current_three_digit_codes(string text, bool valid) =>
        Assert.Equal(valid, LaCode.TryParse(text, out _, out _));

    [Theory]
    [InlineData("100000", true)]
    [InlineData("999999", true)]
    [InlineData("012345", false)]
    [InlineData("12345", false)]
    [InlineData("12345a", false)]
    public void Urns_are_six_digits(string text, bool valid) => Assert.Equal(valid, Urn.TryParse(text, out _, out _));

    [Fact]
    public void The_thirteen_primary_needs_include_NSA_valid_only_with_SEN_support()
    {
        Assert.Equal(13, PrimaryNeeds.All.Count);
        Assert.Equal(["K"], PrimaryNeeds.Find("NSA")!.ValidWithSenProvisions);
        Assert.Equal(["E", "K"], PrimaryNeeds.Find("ASD")!.ValidWithSenProvisions);
        Assert.Null(PrimaryNeeds.Find("XYZ"));
    }
}
