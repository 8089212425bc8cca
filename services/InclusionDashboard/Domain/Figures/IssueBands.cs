namespace SendPlatform.InclusionDashboard.Domain.Figures;

/// <summary>
/// New plans issued, by how long after the request: within 20 weeks, after 20 weeks but within 52, after 52; and the
/// days from request to plan they took between them.
/// </summary>
public sealed record IssueBands(long Within20Weeks, long Within52Weeks, long After52Weeks, long TotalDays)
{
    public static IssueBands None { get; } = new(0, 0, 0, 0);

    public long Issued => Within20Weeks + Within52Weeks + After52Weeks;

    public IssueBands Plus(IssueBands other) =>
        new(Within20Weeks + other.Within20Weeks, Within52Weeks + other.Within52Weeks, After52Weeks + other.After52Weeks, TotalDays + other.TotalDays);
}
