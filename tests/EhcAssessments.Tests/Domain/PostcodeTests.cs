using SendPlatform.SharedKernel.Identifiers;

namespace SendPlatform.EhcAssessments.Tests.Domain;

public sealed class PostcodeTests
{
    [Theory]
    [InlineData("ox1 1aa", "OX1 1AA")]
    [InlineData("SW1A2AA", "SW1A 2AA")]
    [InlineData(" hp20  1ua ", "HP20 1UA")]
    [InlineData("M1 1AE", "M1 1AE")]
    public void A_postcode_is_written_in_capitals_with_one_space_before_the_inward_code(string text, string written)
    {
        Assert.True(Postcode.TryParse(text, out var postcode, out _));
        Assert.Equal(written, postcode!.Value.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("OX1")]
    [InlineData("1OX 1AA")]
    [InlineData("OX1 1A")]
    [InlineData("OX1 AAA")]
    public void A_malformed_postcode_is_refused_with_an_example(string text)
    {
        Assert.False(Postcode.TryParse(text, out _, out var reason));
        Assert.Contains("OX1 1AA", reason);
    }
}
