namespace SendPlatform.InclusionPlans.Domain.TailoredLists;

/// <summary>What a tailored list is drawn for: the child's LA, age, need, SEN provision and home, and how far to look.</summary>
public sealed record ChildProfile(
    string LaCode,
    int Age,
    string? YearGroup,
    string PrimaryNeed,
    string SenProvision,
    double HomeLatitude,
    double HomeLongitude,
    double? MaxDistanceKm,
    int MaxResults);
