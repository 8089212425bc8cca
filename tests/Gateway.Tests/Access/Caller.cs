using SendPlatform.TestKit;

namespace SendPlatform.Gateway.Tests.Access;

/// <summary>
/// Who calls in the access matrix, relative to the records the platform holds: LA 931 owns the area and its pupil;
/// school 100000 has the pupil on roll now, 100001 had them, 100002 never did; AP provider 140000 is on LA 931's register.
/// </summary>
public enum Caller
{
    NoToken,
    Dfe,
    OwningLa,
    OtherLa,
    CurrentSchool,
    FormerSchool,
    UnrelatedSchool,
    ApProvider,
    PlatformService,
}

public static class Callers
{
    public static readonly Caller[] All = Enum.GetValues<Caller>();

    /// <summary>Every partner holding a token (all but no token and a platform service, which the gateway refuses on every route).</summary>
    public static readonly Caller[] Partners = [Caller.Dfe, Caller.OwningLa, Caller.OtherLa, Caller.CurrentSchool, Caller.FormerSchool, Caller.UnrelatedSchool, Caller.ApProvider];

    public static TestOrganisation? Organisation(this Caller caller) => caller switch
    {
        Caller.NoToken => null,
        Caller.Dfe => TestOrganisation.Dfe,
        Caller.OwningLa => TestOrganisation.La("931"),
        Caller.OtherLa => TestOrganisation.La("202"),
        Caller.CurrentSchool => TestOrganisation.School(PlatformBehindGateway.CurrentSchool),
        Caller.FormerSchool => TestOrganisation.School(PlatformBehindGateway.FormerSchool),
        Caller.UnrelatedSchool => TestOrganisation.School(PlatformBehindGateway.UnrelatedSchool),
        Caller.ApProvider => new TestOrganisation("ap_provider", PlatformBehindGateway.ApProviderUrn),
        Caller.PlatformService => new TestOrganisation("service", "ap-commissioning"),
        _ => throw new ArgumentOutOfRangeException(nameof(caller)),
    };
}
