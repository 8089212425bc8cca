using SendPlatform.PupilMovements.Tests.Builders;
using SendPlatform.SharedKernel.Identifiers;

namespace SendPlatform.PupilMovements.Tests.Domain;

public sealed class UpnBuilderTests
{
    [Fact]
    public void The_test_UPNs_are_valid_and_distinct() =>
        Assert.All(Enumerable.Range(1, 50).Select(i => Pupils.Upn("931", i)).Distinct(), u => Assert.True(Upn.TryParse(u, out _, out var r), r));
}
