using SendPlatform.SharedKernel.Identifiers;

namespace SendPlatform.ServiceDefaults.Tests;

public sealed class UpnTests
{
    [Theory]
    [InlineData("H801200001001", false)]
    [InlineData("B801200005001", false)]
    [InlineData("G80120000101A", true)]
    [InlineData("h801200001001", false)]
    [InlineData(" H801200001001 ", false)]
    public void Valid_upns_parse(string text, bool temporary)
    {
        Assert.True(Upn.TryParse(text, out var upn, out var reason), reason);
        Assert.Equal(temporary, upn.Value.IsTemporary);
        Assert.Equal("801", upn.Value.LaCode);
        Assert.Equal(text.Trim().ToUpperInvariant(), upn.Value.Value);
    }

    [Theory]
    [InlineData("A801200005001", "the check letter does not match")]
    [InlineData("X80120000A001", "character 10 must be a digit")]
    [InlineData("E000200005001", "'000' is not a known local authority code")]
    [InlineData("", "a UPN has 13 characters")]
    [InlineData("H8012000010011", "a UPN has 13 characters")]
    [InlineData("I801200001001", "the first character must be a check letter")]
    [InlineData("O801200001001", "the first character must be a check letter")]
    [InlineData("H80120000100S", "the last character must be a digit, or a letter (not I, O or S)")]
    public void Invalid_upns_say_why(string text, string reason)
    {
        Assert.False(Upn.TryParse(text, out _, out var why));
        Assert.StartsWith(reason, why);
    }

    [Theory]
    [InlineData("835")]
    [InlineData("836")]
    [InlineData("837")]
    [InlineData("909")]
    [InlineData("928")]
    public void Retired_la_codes_are_accepted_on_upns(string laCode)
    {
        var upn = WithCheckLetter($"{laCode}200001001");
        Assert.True(Upn.TryParse(upn, out _, out var reason), reason);
    }

    [Fact]
    public void Every_current_la_code_is_accepted_and_an_unknown_one_refused()
    {
        Assert.All(LocalAuthorities.All, la => Assert.True(Upn.TryParse(WithCheckLetter($"{la.LaCode}200001001"), out _, out _)));
        Assert.False(Upn.TryParse(WithCheckLetter("999200001001"), out _, out var reason));
        Assert.Contains("'999'", reason);
    }

    [Fact]
    public void Issuing_a_UPN_computes_its_check_letter_and_refuses_an_unknown_LA()
    {
        Assert.Equal("H801200001001", Upn.Issue("801200001001").Value);
        Assert.Equal(WithCheckLetter("931200012345"), Upn.Issue("931200012345").Value);
        Assert.Throws<ArgumentException>(() => Upn.Issue("999200001001"));
        Assert.Throws<ArgumentException>(() => Upn.Issue("8012"));
    }

    /// <summary>Computes the check letter independently of Upn, straight from docs/domain.md's rule.</summary>
    private static string WithCheckLetter(string rest)
    {
        const string letters = "ABCDEFGHJKLMNPQRTUVWXYZ";
        var sum = rest.Select((c, i) => (char.IsDigit(c) ? c - '0' : letters.IndexOf(c)) * (i + 2)).Sum();
        return letters[sum % 23] + rest;
    }
}
