using SendPlatform.PupilMovements.Application;
using SendPlatform.PupilMovements.Domain;
using SendPlatform.PupilMovements.Tests.Builders;
using SendPlatform.SharedKernel.Errors;
using SendPlatform.ServiceDefaults.Identity;

namespace SendPlatform.PupilMovements.Tests.Application;

/// <summary>The access rules on their own: a pupil of LA 931 admitted to 100000, then moved to 100001.</summary>
public sealed class PupilAccessRulesTests
{
    private static readonly Dictionary<string, string> Register = new() { ["100000"] = "931", ["100001"] = "931", ["300100"] = "202" };

    private static CallerOrganisation School(string urn) => new(OrganisationType.School, urn, null, new HashSet<string>());
    private static CallerOrganisation La(string code) => new(OrganisationType.La, $"la-{code}", code, new HashSet<string>());

    private static (RegisteredPupil Pupil, PupilTimeline Timeline) MovedOn()
    {
        var timeline = PupilTimeline.Of([
            Pupils.Recorded(Pupils.Notice(MovementType.Admission, to: "100000", date: new DateOnly(2026, 9, 1))),
            Pupils.Recorded(Pupils.Notice(MovementType.ManagedMove, from: "100000", to: "100001", date: new DateOnly(2026, 10, 1))),
            Pupils.Recorded(Pupils.Notice(MovementType.Suspension, from: "100001", days: 2, date: new DateOnly(2026, 11, 2))),
        ]);
        return (RegisteredPupil.For(Pupils.Upn(), "931"), timeline);
    }

    private static string Decide(CallerOrganisation caller, MovementNotification n, bool known = true)
    {
        var (pupil, timeline) = MovedOn();
        return known ? PupilAccess.ResponsibleLaFor(caller, n, pupil, timeline, Register)
            : PupilAccess.ResponsibleLaFor(caller, n, null, PupilTimeline.Of([]), Register);
    }

    [Fact]
    public void The_current_setting_records_from_itself_and_a_former_or_unrelated_one_does_not()
    {
        Assert.Equal("931", Decide(School("100001"), Pupils.Notice(MovementType.Suspension, from: "100001", days: 1)));
        Assert.Throws<PermissionDeniedException>(() => Decide(School("100001"), Pupils.Notice(MovementType.Suspension, from: "100000", days: 1)));
        Assert.Throws<PermissionDeniedException>(() => Decide(School("100000"), Pupils.Notice(MovementType.Suspension, from: "100000", days: 1)));
        Assert.Throws<PermissionDeniedException>(() => Decide(School("100005"), Pupils.Notice(MovementType.Ehe)));
        Assert.Throws<PermissionDeniedException>(() => Decide(School("100001"), Pupils.Notice(MovementType.MovedToOtherLa, destination: "202")));
    }

    [Fact]
    public void A_setting_receiving_the_pupil_records_the_arrival_and_the_responsible_LA_stays()
    {
        Assert.Equal("931", Decide(School("300100"), Pupils.Notice(MovementType.Admission, to: "300100")));
        Assert.Throws<PermissionDeniedException>(() => Decide(School("300100"), Pupils.Notice(MovementType.Deletion, from: "100001", to: "300100")));
    }

    [Fact]
    public void A_pupil_new_to_the_platform_takes_the_notifying_settings_LA_from_the_register_or_the_notifying_LAs()
    {
        Assert.Equal("202", Decide(School("300100"), Pupils.Notice(MovementType.Admission, to: "300100"), known: false));
        Assert.Throws<DomainRuleException>(() => Decide(School("109999"), Pupils.Notice(MovementType.Admission, to: "109999"), known: false));
        Assert.Throws<PermissionDeniedException>(() => Decide(School("100000"), Pupils.Notice(MovementType.Admission, to: "100001"), known: false));
        Assert.Equal("204", Decide(La("204"), Pupils.Notice(MovementType.Ehe), known: false));
    }

    [Fact]
    public void An_LA_records_for_its_own_pupils_or_one_arriving_in_its_area_and_DfE_records_nothing()
    {
        Assert.Equal("931", Decide(La("931"), Pupils.Notice(MovementType.Ehe)));
        Assert.Equal("931", Decide(La("202"), Pupils.Notice(MovementType.ManagedMove, from: "100001", to: "300100")));
        Assert.Throws<PermissionDeniedException>(() => Decide(La("202"), Pupils.Notice(MovementType.Ehe)));
        Assert.Throws<RequestValidationException>(() => Decide(La("931"), Pupils.Notice(MovementType.MovedToOtherLa, destination: "931")));
        Assert.Throws<PermissionDeniedException>(() => Decide(new CallerOrganisation(OrganisationType.Dfe, "dfe", null, new HashSet<string>()), Pupils.Notice(MovementType.Ehe)));
    }

    [Fact]
    public void A_former_setting_sees_only_its_own_time_and_a_stranger_nothing()
    {
        var (pupil, timeline) = MovedOn();
        var former = PupilAccess.ViewFor(School("100000"), pupil, timeline)!;
        Assert.Equal(("100000", null, null), (former.LimitedTo, former.ResponsibleLaCode, former.State));
        Assert.Equal([MovementType.Admission, MovementType.ManagedMove], former.Movements.Select(m => m.Type));
        Assert.Equal(3, PupilAccess.ViewFor(School("100001"), pupil, timeline)!.Movements.Count);
        Assert.Equal(3, PupilAccess.ViewFor(La("931"), pupil, timeline)!.Movements.Count);
        Assert.Null(PupilAccess.ViewFor(School("100005"), pupil, timeline));
        Assert.Null(PupilAccess.ViewFor(La("202"), pupil, timeline));
    }
}
