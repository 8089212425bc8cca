using SendPlatform.SharedKernel.Identifiers;
using SendPlatform.PupilMovements.Domain;
using SendPlatform.PupilMovements.Domain.Oversight;
using SendPlatform.PupilMovements.Tests.Builders;

namespace SendPlatform.PupilMovements.Tests.Domain;

public sealed class OversightRulesTests
{
    private static readonly DateOnly Monday = new(2026, 9, 7);
    private static readonly OversightThresholds Defaults = new();

    private static AlertType[] Raised(MovementNotification n, DateTimeOffset? recordedAt = null, OversightThresholds? thresholds = null) =>
        OversightRules.ForMovement(PupilMovement.Record(n, "931", "100000", null, recordedAt ?? At(n.EffectiveDate)), thresholds ?? Defaults)
            .Select(o => o.Type).ToArray();

    private static DateTimeOffset At(DateOnly date) => new(date.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);

    [Fact]
    public void Deleting_a_pupil_with_no_known_destination_raises_a_missing_education_alert()
    {
        var withSupport = Pupils.WithPlan with { SenProvision = "K" };
        Assert.Equal([AlertType.DeletedToUnknownDestination],
            Raised(Pupils.Notice(MovementType.Deletion, from: "100000", destination: "UNKNOWN", ground: "CONTINUOUS_ABSENCE", pupil: withSupport)));
        Assert.Empty(Raised(Pupils.Notice(MovementType.Deletion, from: "100000", to: "100001", ground: "REGISTERED_AT_ANOTHER_SCHOOL", pupil: withSupport)));
    }

    [Fact]
    public void Notifying_6_school_days_late_raises_an_alert_and_5_does_not()
    {
        var notice = Pupils.Notice(MovementType.Admission, to: "100000", date: Monday);
        Assert.Empty(Raised(notice, At(Monday.AddDays(7))));
        Assert.Equal([AlertType.LateNotification], Raised(notice, At(Monday.AddDays(8))));
        Assert.Empty(Raised(notice with { EffectiveDate = Monday.AddDays(20) }, At(Monday)));
        Assert.Empty(Raised(notice, At(Monday.AddDays(8)), new OversightThresholds { AdmissionNotificationSchoolDays = 6 }));
    }

    [Fact]
    public void Bank_holidays_are_not_school_days_so_an_admission_over_Easter_is_late_only_after_5_school_days()
    {
        // Thursday 25 March 2027; Good Friday and Easter Monday follow, so the fifth school day is Monday 5 April.
        var notice = Pupils.Notice(MovementType.Admission, to: "100000", date: new DateOnly(2027, 3, 25));
        Assert.Empty(Raised(notice, At(new DateOnly(2027, 4, 5))));
        Assert.Equal([AlertType.LateNotification], Raised(notice, At(new DateOnly(2027, 4, 6))));
    }

    [Fact]
    public void A_deletion_is_late_if_notified_after_the_day_of_deletion()
    {
        var deletion = Pupils.Notice(MovementType.Deletion, from: "100000", to: "100001", ground: "REGISTERED_AT_ANOTHER_SCHOOL",
            pupil: Pupils.WithPlan with { SenProvision = "K" }, date: Monday);
        Assert.Empty(Raised(deletion, At(Monday)));
        Assert.Equal([AlertType.LateNotification], Raised(deletion, At(Monday.AddDays(1))));
    }

    [Fact]
    public void A_pupil_with_an_EHC_plan_leaving_with_no_school_or_other_LA_raises_an_alert()
    {
        Assert.Equal([AlertType.EhcPlanLeftWithoutDestination], Raised(Pupils.Notice(MovementType.Ehe)));
        Assert.Equal([AlertType.EhcPlanLeftWithoutDestination],
            Raised(Pupils.Notice(MovementType.Deletion, from: "100000", destination: "NEET", ground: "CEASED_COMPULSORY_SCHOOL_AGE")));
        Assert.Equal([AlertType.DeletedToUnknownDestination, AlertType.EhcPlanLeftWithoutDestination],
            Raised(Pupils.Notice(MovementType.Deletion, from: "100000", destination: "UNKNOWN", ground: "CONTINUOUS_ABSENCE")));
        Assert.Empty(Raised(Pupils.Notice(MovementType.Deletion, from: "100000", destination: "202", ground: "MOVED_AWAY")));
        Assert.Empty(Raised(Pupils.Notice(MovementType.Deletion, from: "100000", to: "100001", ground: "REGISTERED_AT_ANOTHER_SCHOOL")));
        Assert.Empty(Raised(Pupils.Notice(MovementType.Ehe, pupil: Pupils.WithPlan with { SenProvision = "K" })));
    }

    [Fact]
    public void A_time_limited_placement_is_overdue_from_the_day_after_its_planned_end()
    {
        var end = new DateOnly(2026, 11, 20);
        var placement = ApPlacement.Started(Guid.NewGuid(), Pupils.Upn(), "931", ApTiers.TimeLimited, "200000", "100000", end.AddDays(-40), end);
        Assert.False(OversightRules.IsOverdue(placement, end));
        Assert.True(OversightRules.IsOverdue(placement, end.AddDays(1)));
        placement.End(end.AddDays(1), "ReturnedToHomeSchool");
        Assert.False(OversightRules.IsOverdue(placement, end.AddDays(2)));
        var transitional = ApPlacement.Started(Guid.NewGuid(), Pupils.Upn(), "931", ApTiers.Transitional, "200000", null, end.AddDays(-40), end);
        Assert.False(OversightRules.IsOverdue(transitional, end.AddDays(5)));
    }

    [Fact]
    public void A_pupil_without_education_for_11_school_days_is_missing_education_and_10_is_not()
    {
        Assert.False(OversightRules.IsMissingEducation(PupilStatus.MissingEducation, "UNKNOWN", Monday, Monday.AddDays(14), Defaults));
        Assert.True(OversightRules.IsMissingEducation(PupilStatus.MissingEducation, "UNKNOWN", Monday, Monday.AddDays(15), Defaults));
        Assert.True(OversightRules.IsMissingEducation(PupilStatus.NotInSchool, "NIEO", Monday, Monday.AddDays(15), Defaults));
        Assert.False(OversightRules.IsMissingEducation(PupilStatus.Ehe, "EHE", Monday, Monday.AddDays(60), Defaults));
        Assert.False(OversightRules.IsMissingEducation(PupilStatus.Eotas, "OLA", Monday, Monday.AddDays(60), Defaults));
        Assert.False(OversightRules.IsMissingEducation(PupilStatus.NotInSchool, "EYP", Monday, Monday.AddDays(60), Defaults));
        // A configured threshold is the one applied.
        Assert.False(OversightRules.IsMissingEducation(PupilStatus.MissingEducation, "UNKNOWN", Monday, Monday.AddDays(15),
            new OversightThresholds { MissingEducationSchoolDays = 15 }));
        // Over Christmas 2026 three bank holidays (25 and 28 December, 1 January) push the eleventh school day to 7 January.
        var friday = new DateOnly(2026, 12, 18);
        Assert.False(OversightRules.IsMissingEducation(PupilStatus.MissingEducation, "UNKNOWN", friday, new DateOnly(2027, 1, 6), Defaults));
        Assert.True(OversightRules.IsMissingEducation(PupilStatus.MissingEducation, "UNKNOWN", friday, new DateOnly(2027, 1, 7), Defaults));
    }

    [Theory]
    [InlineData("TimeLimited", "200000", true)]
    [InlineData("Transitional", "200000", true)]
    [InlineData("TargetedSupport", "200000", false)]
    [InlineData("TimeLimited", null, false)]
    public void Only_a_placement_at_a_registered_provider_beyond_outreach_moves_the_pupil(string tier, string? providerUrn, bool moves) =>
        Assert.Equal(moves, ApPlacement.MovesThePupil(tier, providerUrn));
}
