namespace SendPlatform.InclusionDashboard.Domain.Figures;

/// <summary>
/// An area's EHC needs assessments in a period: the requests received in it by where they stand, and the plans issued
/// in it, all and without those a lawful exception applied to; those plans by primary need ("" when none is given); and
/// the plans ceased in it by reason.
/// </summary>
public sealed record EhcTally(
    long RequestsAssessed, long RequestsNotAssessed, long RequestsUndecided,
    EhcTimeliness AllPlans, EhcTimeliness PlansWithoutExceptions, IReadOnlyDictionary<string, long> PlansByNeed, IReadOnlyDictionary<string, long> CeasedByReason);
