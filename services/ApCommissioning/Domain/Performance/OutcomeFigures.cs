namespace SendPlatform.ApCommissioning.Domain.Performance;

/// <summary>What a provider reports for a placement and term, parsed at the edge.</summary>
public sealed record OutcomeFigures(
    decimal AttendanceBefore,
    decimal AttendanceDuring,
    int EnglishSteps,
    int MathsSteps,
    int OutreachSessions,
    OutreachOutcome? Outreach,
    bool? SustainedTwoTerms);
