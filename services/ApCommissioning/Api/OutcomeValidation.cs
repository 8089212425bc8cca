using System.Globalization;
using SendPlatform.ApCommissioning.Domain.Performance;
using SendPlatform.ApCommissioning.Domain.Placements;
using SendPlatform.ApCommissioning.Domain.Providers;
using Proto = SendPlatform.Contracts.Ap.V1;

namespace SendPlatform.ApCommissioning.Api;

/// <summary>Wire → one term's outcome figures, checked against what the placement is (its tier, whether it ended).</summary>
public static class OutcomeValidation
{
    private const int MaxSteps = 20;

    public static TermOutcomes? Parse(Proto.SubmitOutcomesRequest r, ApPlacement placement, Violations v)
    {
        var year = SchoolYear(r.SchoolYear, v);
        var term = (Term)(int)r.Term;
        if (!Enum.IsDefined(term)) v.Add("term", "must be AUTUMN, SPRING or SUMMER");
        var before = Percent(r.AttendanceBeforePercent, "attendance_before_percent", v);
        var during = Percent(r.AttendanceDuringPercent, "attendance_during_percent", v);
        if (r.EnglishProgressSteps is < -MaxSteps or > MaxSteps) v.Add("english_progress_steps", $"must be from -{MaxSteps} to {MaxSteps}");
        if (r.MathsProgressSteps is < -MaxSteps or > MaxSteps) v.Add("maths_progress_steps", $"must be from -{MaxSteps} to {MaxSteps}");
        OutreachOutcome? outreach = r.OutreachOutcome == Proto.OutreachOutcome.Unspecified ? null : (OutreachOutcome)(int)r.OutreachOutcome;
        if (placement.Tier != ApTier.TargetedSupport && (outreach is not null || r.OutreachSessions != 0))
            v.Add("outreach_outcome", "outreach is reported for targeted-support (tier 1) placements only");
        else if (outreach is { } o && !Enum.IsDefined(o)) v.Add("outreach_outcome", "is not an outreach outcome");
        if (r.OutreachSessions is < 0 or > 500) v.Add("outreach_sessions", "must be from 0 to 500");
        bool? sustained = r.SustainedTwoTerms switch
        {
            Proto.Sustained.Yes => true,
            Proto.Sustained.No => false,
            _ => null,
        };
        if (sustained is not null && placement.EndDate is null) v.Add("sustained_two_terms", "is reported after the placement has ended");
        if (v.Any) return null;
        return new TermOutcomes(year!.Value, term, new OutcomeFigures(before!.Value, during!.Value, r.EnglishProgressSteps, r.MathsProgressSteps, r.OutreachSessions, outreach, sustained));
    }

    private static int? SchoolYear(string text, Violations v)
    {
        if (AcademicYear.TryParse(text, out var year)) return year.Value.StartYear;
        v.Add("school_year", "must be a school year such as 2026-27");
        return null;
    }

    private static decimal? Percent(string text, string field, Violations v)
    {
        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 100 && decimal.Round(value, 1) == value)
            return value;
        v.Add(field, "must be a percentage from 0 to 100 with at most one decimal place");
        return null;
    }
}
