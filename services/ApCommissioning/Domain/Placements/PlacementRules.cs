using SendPlatform.ApCommissioning.Domain.Commissions;
using SendPlatform.ApCommissioning.Domain.Providers;

namespace SendPlatform.ApCommissioning.Domain.Placements;

/// <summary>
/// The tier rules (each a field violation), the commission's places (one pupil per place at a time) and the rule
/// that keeps unregistered AP from becoming an unregistered independent school (each a refused precondition).
/// </summary>
public static class PlacementRules
{
    /// <summary>Two terms: term dates differ by school and are not modelled, so 26 weeks stands for them.</summary>
    public const int TwoTermsInDays = 26 * 7;

    /// <summary>Education and Skills Act 2008 s92: full-time education for this many pupils of compulsory school age makes an independent school.</summary>
    public const int IndependentSchoolPupils = 5;

    public static readonly IReadOnlySet<string> Post16Destinations = new HashSet<string>
    {
        "SIXTH_FORM", "FE_COLLEGE", "APPRENTICESHIP", "TRAINEESHIP", "SUPPORTED_INTERNSHIP", "EMPLOYMENT_WITH_TRAINING",
    };

    public static void CheckTier(ApTier tier, PlacementRequest r, Violations v)
    {
        switch (tier)
        {
            case ApTier.TargetedSupport:
                if (r.HomeSchoolUrn is null) v.Add("home_school_urn", "targeted support is outreach to a pupil on roll at their school: name it");
                break;
            case ApTier.TimeLimited:
                if (r.HomeSchoolUrn is null) v.Add("home_school_urn", "a time-limited placement aims for return to the home school: name it");
                if (r.PlannedEnd is not { } end) v.Add("planned_end_date", "is required for a time-limited placement");
                else if (end <= r.Start) v.Add("planned_end_date", "must be after the start date");
                else if (end.DayNumber - r.Start.DayNumber > TwoTermsInDays) v.Add("planned_end_date", "a time-limited placement lasts at most two terms (26 weeks)");
                break;
            case ApTier.Transitional:
                if ((r.DestinationUrn is null) == (r.Post16Destination is null))
                    v.Add("intended_destination_urn", "a transitional placement names either the school the pupil moves on to or a post-16 destination");
                break;
        }
        if (r.Post16Destination is { } d && !Post16Destinations.Contains(d))
            v.Add("intended_post16_destination", "must be one of: " + string.Join(", ", Post16Destinations.Order()));
    }

    public static void CheckCommission(ApCommission c, PlacementRequest r)
    {
        var problems = new List<FieldViolation>();
        if (r.Start < c.Start || r.Start > c.End) problems.Add(new("start_date", $"the commission runs {c.Start:yyyy-MM-dd} to {c.End:yyyy-MM-dd}"));
        if (r.PlannedEnd > c.End) problems.Add(new("planned_end_date", $"the commission ends on {c.End:yyyy-MM-dd}"));
        if (problems.Count > 0) throw new DomainRuleException("The placement falls outside its commission.", problems);
    }

    /// <summary>The lowest-numbered place no open placement holds.</summary>
    public static int FreePlace(ApCommission c, IEnumerable<int> placesHeld)
    {
        var held = placesHeld.ToHashSet();
        var free = Enumerable.Range(1, c.Places).FirstOrDefault(n => !held.Contains(n));
        return free != 0 ? free
            : throw new DomainRuleException($"All {c.Places} places of the commission are held; a place holds one pupil at a time.",
                [new FieldViolation("commission_id", "has no free place on the start date")]);
    }

    /// <summary>
    /// An unregistered provider may not give full-time education to 5 or more pupils of compulsory school age, or to one
    /// who has an EHC plan or is looked after: by the Education and Skills Act 2008 s92 it would then be an independent
    /// school, which must register.
    /// </summary>
    public static void CheckUnregistered(ApProvider provider, PlacementRequest r, int fullTimePupilsOfCompulsoryAge)
    {
        if (provider.IsRegistered || !r.FullTime || !CompulsorySchoolAge.On(r.Pupil.DateOfBirth, r.Start)) return;
        string? reason = null;
        if (r.Pupil.SenProvision == "E") reason = "a full-time pupil of compulsory school age with an EHC plan";
        else if (r.Pupil.LookedAfter) reason = "a full-time pupil of compulsory school age who is looked after";
        else if (fullTimePupilsOfCompulsoryAge + 1 >= IndependentSchoolPupils)
            reason = $"{fullTimePupilsOfCompulsoryAge + 1} full-time pupils of compulsory school age";
        if (reason is not null)
            throw new DomainRuleException($"An unregistered provider taking {reason} would be an independent school, which must be registered.",
                [new FieldViolation("full_time", $"{provider.Name} is unregistered AP")]);
    }
}
