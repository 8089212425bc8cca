namespace SendPlatform.PupilMovements.Domain;

/// <summary>
/// What each type of movement must carry, and the dates that can be true. Each broken rule is a field violation,
/// so a setting's MIS can show every problem with a notification at once.
/// </summary>
public static class MovementRules
{
    public const int MaxDaysAhead = 30;
    // A pupil may be suspended for at most 45 school days in a school year.
    public const int MaxSuspensionDays = 45;

    public static void Check(MovementNotification n, DateOnly today, Violations v)
    {
        if (n.EffectiveDate < n.Pupil.DateOfBirth) v.Add("effective_date", "must not be before the pupil's date of birth");
        if (n.EffectiveDate > today.AddDays(MaxDaysAhead)) v.Add("effective_date", $"must not be more than {MaxDaysAhead} days in the future");
        if (n.Pupil.DateOfBirth > today) v.Add("pupil.date_of_birth", "must not be in the future");
        else if (n.Pupil.DateOfBirth < today.AddYears(-26)) v.Add("pupil.date_of_birth", "is older than the 0-25 age range the SEND system covers");

        switch (n.Type)
        {
            case MovementType.Admission:
            case MovementType.IntoAp:
                Require(n.ToUrn, "to_urn", v);
                break;
            case MovementType.ManagedMove:
            case MovementType.OffSiteDirection:
                Require(n.FromUrn, "from_urn", v);
                Require(n.ToUrn, "to_urn", v);
                break;
            case MovementType.OutOfAp:
            case MovementType.PermanentExclusion:
                Require(n.FromUrn, "from_urn", v);
                break;
            case MovementType.Suspension:
                Require(n.FromUrn, "from_urn", v);
                if (n.SuspensionDays is not (>= 1 and <= MaxSuspensionDays)) v.Add("suspension_days", $"a suspension lasts 1 to {MaxSuspensionDays} school days");
                break;
            case MovementType.Deletion:
                Require(n.FromUrn, "from_urn", v);
                if (n.DeletionGround is null) v.Add("deletion_ground", "is required for a deletion");
                if (n.ToUrn is null && n.Destination is null) v.Add("destination", "a deletion needs a to_urn or a destination (UNKNOWN if not known)");
                break;
            case MovementType.MovedToOtherLa:
                if (n.Destination is null || !Destinations.IsOtherLa(n.Destination)) v.Add("destination", "must be the other LA's code");
                break;
        }
        if (n.Type != MovementType.Suspension && n.SuspensionDays is not null) v.Add("suspension_days", "is only for a suspension");
        if (n.Type != MovementType.Deletion && n.DeletionGround is not null) v.Add("deletion_ground", "is only for a deletion");
    }

    private static void Require(string? urn, string field, Violations v)
    {
        if (urn is null) v.Add(field, "is required for this type of movement");
    }
}
