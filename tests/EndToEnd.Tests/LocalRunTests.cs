using SendPlatform.AppHost.LocalServers;
using SendPlatform.TestKit;

namespace SendPlatform.EndToEnd.Tests;

/// <summary>The AppHost's own arguments: a second copy's data folder and port offset, refused when they make no sense.</summary>
public sealed class LocalRunTests
{
    [Theory]
    [InlineData("-1")]
    [InlineData("20001")]
    [InlineData("many")]
    public void A_port_offset_that_is_not_0_to_20000_is_refused(string offset)
    {
        var refused = Assert.Throws<ArgumentException>(() => LocalRun.FromArgs(["--port-offset", offset]));
        Assert.Contains("0 to 20000", refused.Message);
        Assert.Throws<ArgumentException>(() => LocalRun.FromArgs(["--port-offset"]));
    }

    [Fact]
    public void The_offset_moves_every_fixed_port_and_other_arguments_pass_to_Aspire()
    {
        var data = TestDirectory.Create("send-localrun-");
        try
        {
            var run = LocalRun.FromArgs(["--data", data, "--port-offset", "3000", "--launch-profile", "x"]);
            Assert.Equal((8080, data), (run.Port(5080), run.DataDirectory));
            Assert.Equal(["--launch-profile", "x"], run.AspireArgs);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
