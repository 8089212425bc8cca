using Microsoft.EntityFrameworkCore;
using SendPlatform.InclusionDashboard.Domain.Figures;
using SendPlatform.InclusionDashboard.Domain.Geography;
using SendPlatform.InclusionDashboard.Domain.Periods;

namespace SendPlatform.InclusionDashboard.Data;

/// <summary>
/// The EHC cases' read model: every event carries the case's LA and request date, and sets only its own step's
/// columns, so the events of one case end in the same row in any order.
/// </summary>
public sealed class EhcCases(DashboardDbContext db)
{
    public Task ReceivedAsync(Guid caseId, string laCode, DateOnly receivedOn, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO ehc_cases ("CaseId", "LaCode", "ReceivedOn") VALUES ({caseId}, {laCode}, {receivedOn})
            ON CONFLICT ("CaseId") DO NOTHING
            """, cancellationToken);

    public Task AssessmentDecidedAsync(Guid caseId, string laCode, DateOnly receivedOn, string decision, DateOnly decidedOn, bool inTime,
        CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO ehc_cases ("CaseId", "LaCode", "ReceivedOn", "AssessmentDecision", "AssessmentDecidedOn", "AssessmentInTime")
            VALUES ({caseId}, {laCode}, {receivedOn}, {decision}, {decidedOn}, {inTime})
            ON CONFLICT ("CaseId") DO UPDATE SET "AssessmentDecision" = excluded."AssessmentDecision",
                "AssessmentDecidedOn" = excluded."AssessmentDecidedOn", "AssessmentInTime" = excluded."AssessmentInTime"
            """, cancellationToken);

    public Task PlanDecidedAsync(Guid caseId, string laCode, DateOnly receivedOn, string decision, DateOnly decidedOn, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO ehc_cases ("CaseId", "LaCode", "ReceivedOn", "IssueDecision", "IssueDecidedOn") VALUES ({caseId}, {laCode}, {receivedOn}, {decision}, {decidedOn})
            ON CONFLICT ("CaseId") DO UPDATE SET "IssueDecision" = excluded."IssueDecision", "IssueDecidedOn" = excluded."IssueDecidedOn"
            """, cancellationToken);

    public Task PlanIssuedAsync(Guid caseId, string laCode, DateOnly receivedOn, DateOnly issuedOn, bool inTime, bool hadException, string? primaryNeed,
        CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO ehc_cases ("CaseId", "LaCode", "ReceivedOn", "PlanIssuedOn", "PlanInTime", "HadException", "PrimaryNeed")
            VALUES ({caseId}, {laCode}, {receivedOn}, {issuedOn}, {inTime}, {hadException}, {primaryNeed})
            ON CONFLICT ("CaseId") DO UPDATE SET "PlanIssuedOn" = excluded."PlanIssuedOn", "PlanInTime" = excluded."PlanInTime",
                "HadException" = excluded."HadException", "PrimaryNeed" = excluded."PrimaryNeed"
            """, cancellationToken);

    public Task CeasedAsync(Guid caseId, string laCode, DateOnly ceasedOn, string reason, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO ehc_cases ("CaseId", "LaCode", "ReceivedOn", "CeasedOn", "CeaseReason") VALUES ({caseId}, {laCode}, {ceasedOn}, {ceasedOn}, {reason})
            ON CONFLICT ("CaseId") DO UPDATE SET "CeasedOn" = excluded."CeasedOn", "CeaseReason" = excluded."CeaseReason"
            """, cancellationToken);

    /// <summary>The area's requests received, plans issued, and plans ceased, in the period.</summary>
    public async Task<EhcTally> TallyAsync(Area area, Period period, CancellationToken cancellationToken)
    {
        var cases = db.EhcCases.AsNoTracking();
        if (area.Level != Area.National) cases = cases.Where(c => area.LaCodes.Contains(c.LaCode));
        var requests = await cases.Where(c => c.ReceivedOn >= period.Start && c.ReceivedOn < period.EndExclusive)
            .GroupBy(c => c.AssessmentDecision).Select(g => new { Decision = g.Key, Count = g.LongCount() }).ToListAsync(cancellationToken);
        // Days from request to plan are summed where the rows are: a date minus a date is whole days in PostgreSQL.
        var national = area.Level == Area.National;
        var laCodes = area.LaCodes.ToArray();
        var plans = await db.Database.SqlQuery<PlanGroup>($"""
            SELECT "PlanInTime", "HadException", "PrimaryNeed", count(*) AS "Count", coalesce(sum("PlanIssuedOn" - "ReceivedOn"), 0)::bigint AS "Days"
            FROM ehc_cases
            WHERE ({national} OR "LaCode" = ANY({laCodes})) AND "PlanIssuedOn" >= {period.Start} AND "PlanIssuedOn" < {period.EndExclusive}
            GROUP BY "PlanInTime", "HadException", "PrimaryNeed"
            """).ToListAsync(cancellationToken);
        var ceased = await cases.Where(c => c.CeasedOn >= period.Start && c.CeasedOn < period.EndExclusive)
            .GroupBy(c => c.CeaseReason!).Select(g => new { Reason = g.Key, Count = g.LongCount() }).ToListAsync(cancellationToken);
        EhcTimeliness Timeliness(bool withoutExceptions)
        {
            var counted = plans.Where(p => !withoutExceptions || p.HadException != true).ToList();
            return new EhcTimeliness(counted.Sum(p => p.Count), counted.Where(p => p.PlanInTime == true).Sum(p => p.Count), counted.Sum(p => p.Days));
        }
        return new EhcTally(
            requests.Where(r => r.Decision == "Assess").Sum(r => r.Count),
            requests.Where(r => r.Decision == "NotAssess").Sum(r => r.Count),
            requests.Where(r => r.Decision is null).Sum(r => r.Count),
            Timeliness(withoutExceptions: false), Timeliness(withoutExceptions: true),
            plans.GroupBy(p => p.PrimaryNeed ?? "").ToDictionary(g => g.Key, g => g.Sum(p => p.Count)),
            ceased.ToDictionary(c => c.Reason, c => c.Count));
    }

    /// <summary>
    /// Each LA's new plans issued in the span, by how long they took (within 20 weeks as the plan's event judged it;
    /// then up to 52 weeks, 364 days; then after), without and with an exception.
    /// </summary>
    public async Task<Dictionary<string, (IssueBands WithoutException, IssueBands WithException)>> IssueBandsByLaAsync(DateOnly from, DateOnly toExclusive,
        CancellationToken cancellationToken)
    {
        var groups = await db.Database.SqlQuery<BandGroup>($"""
            SELECT "LaCode", coalesce("HadException", false) AS "HadException",
                   CASE WHEN "PlanInTime" THEN 0 WHEN "PlanIssuedOn" - "ReceivedOn" <= 364 THEN 1 ELSE 2 END AS "Band",
                   count(*) AS "Count", coalesce(sum("PlanIssuedOn" - "ReceivedOn"), 0)::bigint AS "Days"
            FROM ehc_cases
            WHERE "PlanIssuedOn" >= {from} AND "PlanIssuedOn" < {toExclusive}
            GROUP BY 1, 2, 3
            """).ToListAsync(cancellationToken);
        static IssueBands Bands(IEnumerable<BandGroup> rows)
        {
            var list = rows.ToList();
            long Of(int band) => list.Where(r => r.Band == band).Sum(r => r.Count);
            return new IssueBands(Of(0), Of(1), Of(2), list.Sum(r => r.Days));
        }
        return groups.GroupBy(g => g.LaCode).ToDictionary(la => la.Key, la => (Bands(la.Where(g => !g.HadException)), Bands(la.Where(g => g.HadException))));
    }

    private sealed class BandGroup
    {
        public string LaCode { get; init; } = "";
        public bool HadException { get; init; }
        public int Band { get; init; }
        public long Count { get; init; }
        public long Days { get; init; }
    }

    private sealed class PlanGroup
    {
        public bool? PlanInTime { get; init; }
        public bool? HadException { get; init; }
        public string? PrimaryNeed { get; init; }
        public long Count { get; init; }
        public long Days { get; init; }
    }
}
