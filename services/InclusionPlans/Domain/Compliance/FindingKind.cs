namespace SendPlatform.InclusionPlans.Domain.Compliance;

public enum FindingKind
{
    StandardWithoutCommitment = 1,
    CommitmentOverdue = 2,
    SufficiencyShortfall = 3,
    ApTierWithoutPlaces = 4,
    StandardsSuperseded = 5,
}
