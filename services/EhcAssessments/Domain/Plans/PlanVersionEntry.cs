namespace SendPlatform.EhcAssessments.Domain.Plans;

/// <summary>A plan version as the case lists it, without its content; ContentHash tells a retried issue from a new version.</summary>
public sealed record PlanVersionEntry(int Number, PlanKind Kind, DateOnly IssuedOn, int FindingCount, string ContentHash)
{
    public bool Repeats(PlanKind kind, DateOnly issuedOn, string contentHash) => Kind == kind && IssuedOn == issuedOn && ContentHash == contentHash;
}
