namespace SendPlatform.InclusionDashboard.Domain.Figures;

/// <summary>
/// An area's tribunal appeals in a period, per subject: registered in it (and of those, after mediation), and ended in
/// it by outcome ("Upheld", "Conceded", "Dismissed", "Withdrawn").
/// </summary>
public sealed record AppealTally(IReadOnlyDictionary<string, long> RegisteredBySubject, IReadOnlyDictionary<string, long> MediatedBySubject,
    IReadOnlyDictionary<(string Subject, string Outcome), long> EndedBySubjectAndOutcome);
