using SendPlatform.PupilMovements.Domain;
using SendPlatform.PupilMovements.Tests.Builders;

namespace SendPlatform.PupilMovements.Tests.Domain;

public sealed class PupilTimelineTests
{
    private static PupilMovement M(MovementType type, string date, string? from = null, string? to = null, string? destination = null) =>
        Pupils.Recorded(Pupils.Notice(type, from, to, destination, date: DateOnly.Parse(date)));

    private static PupilState State(params PupilMovement[] movements) => PupilTimeline.Of(movements).State!;

    [Fact]
    public void Movements_about_to_be_recorded_follow_the_recorded_ones_of_their_date_in_the_order_given()
    {
        var admitted = M(MovementType.Admission, "2026-09-01", to: "100000");
        var later = M(MovementType.Ehe, "2026-12-01");
        var unsaved = PupilMovement.Record(Pupils.Notice(MovementType.ManagedMove, "100000", "100001", date: new DateOnly(2026, 9, 1)), "931", "test", null, DateTimeOffset.UtcNow);
        var unsavedLater = PupilMovement.Record(Pupils.Notice(MovementType.ManagedMove, "100001", "100002", date: new DateOnly(2026, 9, 1)), "931", "test", null, DateTimeOffset.UtcNow);
        var timeline = PupilTimeline.Of([later, admitted], [unsaved, unsavedLater]);
        Assert.Equal([admitted, unsaved, unsavedLater, later], timeline.Movements);
        Assert.Empty(timeline.Findings);
    }

    [Fact]
    public void A_recorded_movement_has_a_time_ordered_id_so_the_table_grows_at_its_index_end()
    {
        var first = Pupils.Recorded(Pupils.Notice(MovementType.Ehe, null, null, date: new DateOnly(2026, 12, 1)));
        Thread.Sleep(2);
        var second = Pupils.Recorded(Pupils.Notice(MovementType.Ehe, null, null, date: new DateOnly(2026, 9, 1)));
        Assert.Equal((7, 7), (first.Id.Version, second.Id.Version));
        Assert.True(first.Id.CompareTo(second.Id) < 0, "recorded later, a greater id whatever the movement's date");
    }

    [Fact]
    public void Each_movement_knows_the_status_it_leaves_the_pupil_in_from_its_date_whatever_order_they_were_recorded()
    {
        var suspended = M(MovementType.Suspension, "2026-08-20", from: "100000");
        var admitted = M(MovementType.Admission, "2026-09-01", to: "100000");
        var ehe = M(MovementType.Ehe, "2026-12-01");
        var timeline = PupilTimeline.Of([ehe, admitted, suspended]);
        Assert.Equal([null, PupilStatus.OnRoll, PupilStatus.Ehe], new[] { suspended, admitted, ehe }.Select(m => timeline.StatusAfter(m.Id)));
    }

    [Fact]
    public void Into_AP_from_a_school_whose_admission_was_never_notified_returns_the_pupil_there()
    {
        var intoAp = M(MovementType.IntoAp, "2026-10-01", from: "100000", to: "200000");
        var outOfAp = M(MovementType.OutOfAp, "2026-12-18", from: "200000");
        Assert.Equal(new PupilState(PupilStatus.OnRoll, "100000", null, null, new DateOnly(2026, 12, 18)), State(intoAp, outOfAp));
    }

    [Fact]
    public void An_admission_puts_the_pupil_on_roll() =>
        Assert.Equal((PupilStatus.OnRoll, "100000"), (State(M(MovementType.Admission, "2026-09-01", to: "100000")).Status, State(M(MovementType.Admission, "2026-09-01", to: "100000")).Urn));

    [Fact]
    public void Into_and_out_of_AP_returns_the_pupil_to_their_school()
    {
        var admitted = M(MovementType.Admission, "2026-09-01", to: "100000");
        var intoAp = M(MovementType.IntoAp, "2026-10-01", from: "100000", to: "200000");
        Assert.Equal(new PupilState(PupilStatus.InAp, "200000", "100000", null, new DateOnly(2026, 10, 1)), State(admitted, intoAp));
        var back = M(MovementType.OutOfAp, "2026-11-01", from: "200000");
        var timeline = PupilTimeline.Of([admitted, intoAp, back]);
        Assert.Equal((PupilStatus.OnRoll, "100000"), (timeline.State!.Status, timeline.State.Urn));
        Assert.Empty(timeline.Findings);
    }

    [Fact]
    public void Out_of_AP_for_a_pupil_not_in_AP_is_kept_as_a_fact_and_flagged()
    {
        var admitted = M(MovementType.Admission, "2026-09-01", to: "100000");
        var odd = M(MovementType.OutOfAp, "2026-10-01", from: "200000");
        var timeline = PupilTimeline.Of([admitted, odd]);
        Assert.Equal(PupilStatus.OnRoll, timeline.State!.Status);
        var finding = Assert.Single(timeline.Findings);
        Assert.Equal(odd.Id, finding.MovementId);
        Assert.Equal(2, timeline.Movements.Count);
    }

    [Theory]
    [InlineData("UNKNOWN", PupilStatus.MissingEducation)]
    [InlineData("EHE", PupilStatus.Ehe)]
    [InlineData("OLA", PupilStatus.Eotas)]
    [InlineData("202", PupilStatus.LeftArea)]
    [InlineData("NEET", PupilStatus.NotInSchool)]
    public void A_deletion_leaves_the_pupil_where_the_destination_says(string destination, PupilStatus status)
    {
        var state = State(M(MovementType.Admission, "2026-09-01", to: "100000"), M(MovementType.Deletion, "2026-10-01", from: "100000", destination: destination));
        Assert.Equal((status, destination), (state.Status, state.Destination));
    }

    [Fact]
    public void Movements_apply_in_effective_date_order_whatever_order_they_arrive_in()
    {
        var late = M(MovementType.Ehe, "2026-12-01");
        var early = M(MovementType.Admission, "2026-09-01", to: "100000");
        Assert.Equal(PupilStatus.Ehe, State(late, early).Status);
    }

    [Fact]
    public void Every_setting_the_pupil_was_at_is_remembered()
    {
        var timeline = PupilTimeline.Of(
        [
            M(MovementType.Deletion, "2026-09-01", from: "100001", to: "100000"),
            M(MovementType.OffSiteDirection, "2026-10-01", from: "100000", to: "200000"),
            M(MovementType.ManagedMove, "2026-11-01", from: "100000", to: "100002"),
        ]);
        Assert.Equal(["100000", "100001", "100002", "200000"], timeline.Settings.Order());
        Assert.Equal((PupilStatus.OnRoll, "100002"), (timeline.State!.Status, timeline.State.Urn));
    }

    [Fact]
    public void A_deletion_from_a_setting_the_pupil_is_not_at_is_flagged()
    {
        var timeline = PupilTimeline.Of([M(MovementType.Admission, "2026-09-01", to: "100000"), M(MovementType.Deletion, "2026-10-01", from: "100009", destination: "UNKNOWN")]);
        Assert.Single(timeline.Findings);
        Assert.Equal(PupilStatus.MissingEducation, timeline.State!.Status);
    }
}
