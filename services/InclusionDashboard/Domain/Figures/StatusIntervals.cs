namespace SendPlatform.InclusionDashboard.Domain.Figures;

/// <summary>
/// A pupil's spells not in school, from the statuses their movements left them in: each status holds from its
/// movement's date until the next movement's (on one date, the last recorded wins). Only the spells whose status is
/// one of <see cref="NotInSchool"/> are kept: they are all a count at a date needs.
/// </summary>
public static class StatusIntervals
{
    public sealed record Point(DateOnly Date, DateTimeOffset RecordedAt, string Status, string LaCode);

    public sealed record Interval(DateOnly From, DateOnly? To, string Status, string LaCode);

    /// <summary>The statuses of a child of no school's roll, as pupil-movements names them, with the dashboard's labels.</summary>
    public static readonly IReadOnlyList<(string Status, string Id, string Label)> NotInSchool =
    [
        ("Ehe", "elective_home_education", "Elective home education"),
        ("Eotas", "eotas", "Education otherwise than at school"),
        ("MissingEducation", "missing_education", "Missing education"),
        ("NotInSchool", "other_not_in_school", "Left a school for another destination"),
    ];

    public static IReadOnlyList<Interval> Of(IEnumerable<Point> points)
    {
        var ordered = points.OrderBy(p => p.Date).ThenBy(p => p.RecordedAt).ToList();
        var intervals = new List<Interval>();
        for (var i = 0; i < ordered.Count; i++)
        {
            var point = ordered[i];
            var next = ordered.Skip(i + 1).Select(p => (DateOnly?)p.Date).FirstOrDefault();
            if (next == point.Date || !NotInSchool.Any(s => s.Status == point.Status)) continue;
            intervals.Add(new Interval(point.Date, next, point.Status, point.LaCode));
        }
        return intervals;
    }
}
