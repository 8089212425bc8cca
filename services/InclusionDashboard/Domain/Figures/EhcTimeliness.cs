namespace SendPlatform.InclusionDashboard.Domain.Figures;

/// <summary>Plans issued, how many within 20 weeks of their request, and their days from request to plan added up.</summary>
public sealed record EhcTimeliness(long Issued, long WithinTwentyWeeks, long TotalDays);
