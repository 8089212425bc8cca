namespace SendPlatform.EhcAssessments.Domain.Plans;

/// <summary>
/// One version of a case's plan as issued, kept unchanged: the content as the template's JSON, what the checker found
/// in it, the standards version it checked against and, for a plan in force naming a funding band, its annual top-up.
/// </summary>
public sealed class PlanVersion
{
    private PlanVersion()
    {
    }

    public Guid CaseId { get; private set; }
    public int Number { get; private set; }
    public PlanKind Kind { get; private set; }
    public DateOnly IssuedOn { get; private set; }
    public string Content { get; private set; } = "";
    public List<PlanFinding> Findings { get; private set; } = [];
    public string? StandardsVersion { get; private set; }
    public PlanTopUp? TopUp { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public string RecordedBy { get; private set; } = "";

    public static PlanVersion Issued(Guid caseId, int number, PlanKind kind, DateOnly issuedOn, string content, IReadOnlyList<PlanFinding> findings,
        string? standardsVersion, PlanTopUp? topUp, string recordedBy, DateTimeOffset now) => new()
    {
        CaseId = caseId,
        Number = number,
        Kind = kind,
        IssuedOn = issuedOn,
        Content = content,
        Findings = [.. findings],
        StandardsVersion = standardsVersion,
        TopUp = topUp,
        RecordedAt = now,
        RecordedBy = recordedBy,
    };
}
