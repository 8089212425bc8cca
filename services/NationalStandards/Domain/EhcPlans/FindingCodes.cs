namespace SendPlatform.NationalStandards.Domain.EhcPlans;

/// <summary>Every code a plan check can give; the contract (ehc_plans.proto, EhcPlanFinding.code) lists the same.</summary>
public static class FindingCodes
{
    public const string MissingSection = "MISSING_SECTION";
    public const string EmptySection = "EMPTY_SECTION";
    public const string UnknownNeedCode = "UNKNOWN_NEED_CODE";
    public const string NeedNotValidForPlan = "NEED_NOT_VALID_FOR_PLAN";
    public const string DuplicateOutcomeId = "DUPLICATE_OUTCOME_ID";
    public const string OutcomeWithoutProvision = "OUTCOME_WITHOUT_PROVISION";
    public const string ProvisionForUnknownOutcome = "PROVISION_FOR_UNKNOWN_OUTCOME";
    public const string ProvisionNotSpecific = "PROVISION_NOT_SPECIFIC";
    public const string UnknownProvisionType = "UNKNOWN_PROVISION_TYPE";
    public const string NoStandardsPublished = "NO_STANDARDS_PUBLISHED";
    public const string PlacementCannotMeetNeed = "PLACEMENT_CANNOT_MEET_NEED";
}
