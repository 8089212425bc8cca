using SendPlatform.InclusionPlans.Domain.Compliance;
using SendPlatform.InclusionPlans.Domain.Partnerships;

namespace SendPlatform.InclusionPlans.Domain.Plans;

/// <summary>
/// A local inclusion plan: Draft (edited, signed off) → Published → NeedsReview (a newer standards version came into
/// force) → Superseded (the area published another). Sign-offs are for one revision: changing the content after a
/// member signed means they have not agreed to what it says now.
/// </summary>
public sealed class InclusionPlan
{
    private InclusionPlan() { }

    public Guid Id { get; private set; }
    public long Sequence { get; private set; }
    public string LaCode { get; private set; } = "";
    public PlanStatus Status { get; private set; }
    public int Revision { get; private set; }
    public PlanContent Content { get; private set; } = null!;
    public List<SignOff> SignOffs { get; private set; } = [];
    public DateTimeOffset CreatedAt { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTimeOffset UpdatedAt { get; private set; }
    public string UpdatedBy { get; private set; } = "";
    public DateTimeOffset? PublishedAt { get; private set; }
    public DateTimeOffset? NeedsReviewSince { get; private set; }
    public string? NeedsReviewReason { get; private set; }
    public DateTimeOffset? SupersededAt { get; private set; }
    public string? IdempotencyKey { get; private set; }
    public uint RowVersion { get; private set; }

    /// <summary>
    /// The kind of each blocking finding at the plan's last check: its content against its standards version when
    /// drafted or revised, and a newer version coming into force since. Empty once published (publishing requires it).
    /// </summary>
    public List<FindingKind> BlockingFindings { get; private set; } = [];

    public bool IsPublic => Status != PlanStatus.Draft;

    /// <summary>A new draft, with the findings of its content checked against the standards version it names.</summary>
    public static InclusionPlan Draft(string laCode, PlanContent content, IReadOnlyList<Finding> findings, string by, string? idempotencyKey, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        LaCode = laCode,
        Status = PlanStatus.Draft,
        Revision = 1,
        Content = content,
        BlockingFindings = Blocking(findings),
        CreatedAt = now,
        CreatedBy = by,
        UpdatedAt = now,
        UpdatedBy = by,
        IdempotencyKey = idempotencyKey,
    };

    public void Replace(PlanContent content, IReadOnlyList<Finding> findings, int expectedRevision, string by, DateTimeOffset now)
    {
        RequireDraft("changed");
        if (expectedRevision != 0 && expectedRevision != Revision)
            throw new DomainRuleException($"The plan is at revision {Revision}, not {expectedRevision}: read it again before changing it.",
                [new("expected_revision", $"the plan is at revision {Revision}")]);
        Content = content;
        BlockingFindings = Blocking(findings);
        Revision++;
        SignOffs = [];
        UpdatedAt = now;
        UpdatedBy = by;
    }

    /// <summary>Records (or replaces) a member's sign-off of the current revision.</summary>
    public void RecordSignOff(PartnershipMember member, string signedBy, int revision, string recordedBy, DateTimeOffset now)
    {
        RequireDraft("signed off");
        if (revision != Revision)
            throw new DomainRuleException($"The plan is at revision {Revision}; a sign-off is for the revision the member read.",
                [new("revision", $"the plan is at revision {Revision}, not {revision}")]);
        SignOffs = [.. SignOffs.Where(s => s.OrganisationId != member.OrganisationId), new SignOff(member.OrganisationId, member.Role, signedBy, revision, now, recordedBy)];
        UpdatedAt = now;
        UpdatedBy = recordedBy;
    }

    /// <summary>The signing roles with no sign-off from a member in that role.</summary>
    public IReadOnlyList<PartnerRole> MissingSignOffs() =>
        PartnershipRules.SigningRoles.Where(role => SignOffs.All(s => s.Role != role || s.Revision != Revision)).ToList();

    /// <summary>Publishes, or refuses naming every missing sign-off and every blocking finding.</summary>
    public void Publish(IReadOnlyList<Finding> findings, string by, DateTimeOffset now)
    {
        RequireDraft("published");
        var problems = MissingSignOffs()
            .Select(role => new FieldViolation($"sign_offs.{role}", $"no {PartnershipRules.RoleName(role)} member has signed off revision {Revision}"))
            .Concat(findings.Where(f => f.Blocking).Select(f => new FieldViolation(f.Subject, f.Message)))
            .ToList();
        if (problems.Count > 0) throw new DomainRuleException("The plan cannot be published yet.", problems);
        Status = PlanStatus.Published;
        BlockingFindings = [];
        PublishedAt = now;
        UpdatedAt = now;
        UpdatedBy = by;
    }

    /// <summary>
    /// A standards version came into force; true if this changed the plan. Only a version later than the one the plan
    /// answers counts: an announcement that arrives late, after a plan answered its successor, changes nothing. A
    /// published plan then needs review; a draft (or a plan needing review) gains the finding that its standards are
    /// no longer in force, once.
    /// </summary>
    public bool NewStandardsInForce(string newVersion, DateTimeOffset now)
    {
        if (Status is not (PlanStatus.Draft or PlanStatus.Published or PlanStatus.NeedsReview) || !IsLater(newVersion, Content.StandardsVersion)
            || BlockingFindings.Contains(FindingKind.StandardsSuperseded)) return false;
        BlockingFindings = [.. BlockingFindings, FindingKind.StandardsSuperseded];
        if (Status == PlanStatus.Published)
        {
            Status = PlanStatus.NeedsReview;
            NeedsReviewSince = now;
            NeedsReviewReason = $"National standards {newVersion} came into force; the plan answers {Content.StandardsVersion}.";
        }
        return true;
    }

    private static bool IsLater(string version, string than) =>
        StandardsVersion.TryParse(version, out var v) && StandardsVersion.TryParse(than, out var t) ? v.Value > t.Value : version != than;

    public void Supersede(DateTimeOffset now)
    {
        Status = PlanStatus.Superseded;
        SupersededAt = now;
    }

    private static List<FindingKind> Blocking(IReadOnlyList<Finding> findings) => [.. findings.Where(f => f.Blocking).Select(f => f.Kind)];

    private void RequireDraft(string action)
    {
        if (Status != PlanStatus.Draft)
            throw new DomainRuleException($"The plan is {Status}; only a draft can be {action}.");
    }
}
