using SendPlatform.PupilMovements.Domain;
using SendPlatform.PupilMovements.Tests.Builders;
using SendPlatform.SharedKernel.Errors;

namespace SendPlatform.PupilMovements.Tests.Domain;

public sealed class MovementRulesTests
{
    private static List<string> Fields(MovementNotification n)
    {
        var v = new Violations();
        MovementRules.Check(n, Pupils.Today, v);
        return v.Items.Select(i => i.Field).ToList();
    }

    [Theory]
    [InlineData(MovementType.Admission, "to_urn")]
    [InlineData(MovementType.IntoAp, "to_urn")]
    [InlineData(MovementType.PermanentExclusion, "from_urn")]
    [InlineData(MovementType.OutOfAp, "from_urn")]
    public void Each_type_needs_its_settings(MovementType type, string field) => Assert.Equal([field], Fields(Pupils.Notice(type)));

    [Fact]
    public void A_managed_move_needs_both_settings() =>
        Assert.Equal(["from_urn", "to_urn"], Fields(Pupils.Notice(MovementType.ManagedMove)));

    [Theory]
    [InlineData(null, "suspension_days")]
    [InlineData(0, "suspension_days")]
    [InlineData(46, "suspension_days")]
    public void A_suspension_has_a_length_of_1_to_45_school_days(int? days, string field) =>
        Assert.Equal([field], Fields(Pupils.Notice(MovementType.Suspension, from: "100000", days: days)));

    [Fact]
    public void A_suspension_of_45_days_is_accepted() => Assert.Empty(Fields(Pupils.Notice(MovementType.Suspension, from: "100000", days: 45)));

    [Fact]
    public void A_deletion_needs_its_ground_and_a_destination()
    {
        Assert.Equal(["deletion_ground", "destination"], Fields(Pupils.Notice(MovementType.Deletion, from: "100000")));
        Assert.Empty(Fields(Pupils.Notice(MovementType.Deletion, from: "100000", destination: "UNKNOWN", ground: "CONTINUOUS_ABSENCE")));
    }

    [Fact]
    public void A_move_to_another_LA_names_an_LA_code()
    {
        Assert.Equal(["destination"], Fields(Pupils.Notice(MovementType.MovedToOtherLa, destination: "EHE")));
        Assert.Empty(Fields(Pupils.Notice(MovementType.MovedToOtherLa, destination: "202")));
    }

    [Fact]
    public void Dates_cannot_precede_birth_or_be_more_than_30_days_ahead()
    {
        Assert.Equal(["effective_date"], Fields(Pupils.Notice(MovementType.Ehe, date: new DateOnly(2015, 4, 30))));
        Assert.Empty(Fields(Pupils.Notice(MovementType.Ehe, date: Pupils.Today.AddDays(30))));
        Assert.Equal(["effective_date"], Fields(Pupils.Notice(MovementType.Ehe, date: Pupils.Today.AddDays(31))));
        Assert.Equal(["effective_date", "pupil.date_of_birth"],
            Fields(Pupils.Notice(MovementType.Ehe, date: Pupils.Today, pupil: Pupils.WithPlan with { DateOfBirth = Pupils.Today.AddDays(1) })));
    }

    [Fact]
    public void Suspension_days_and_deletion_grounds_belong_to_their_own_types() =>
        Assert.Equal(["suspension_days", "deletion_ground"], Fields(Pupils.Notice(MovementType.Admission, to: "100000", days: 3, ground: "DIED")));
}
