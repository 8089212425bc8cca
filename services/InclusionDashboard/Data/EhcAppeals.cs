using Microsoft.EntityFrameworkCore;
using SendPlatform.InclusionDashboard.Domain.Figures;
using SendPlatform.InclusionDashboard.Domain.Geography;
using SendPlatform.InclusionDashboard.Domain.Periods;

namespace SendPlatform.InclusionDashboard.Data;

/// <summary>
/// The appeals' read model: both events carry the appeal's key, LA and registration day, and each sets only its own
/// columns, so an outcome that arrives before its registration ends in the same row.
/// </summary>
public sealed class EhcAppeals(DashboardDbContext db)
{
    public Task RegisteredAsync(Guid caseId, string subject, DateOnly decisionOn, string laCode, DateOnly registeredOn, bool inTime, bool mediated,
        CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO ehc_appeals ("CaseId", "Subject", "DecisionOn", "LaCode", "RegisteredOn", "InTime", "Mediated")
            VALUES ({caseId}, {subject}, {decisionOn}, {laCode}, {registeredOn}, {inTime}, {mediated})
            ON CONFLICT ("CaseId", "Subject", "DecisionOn") DO UPDATE SET "InTime" = excluded."InTime", "Mediated" = excluded."Mediated"
            """, cancellationToken);

    public Task DecidedAsync(Guid caseId, string subject, DateOnly decisionOn, string laCode, DateOnly registeredOn, string outcome, DateOnly decidedOn,
        CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO ehc_appeals ("CaseId", "Subject", "DecisionOn", "LaCode", "RegisteredOn", "Outcome", "DecidedOn")
            VALUES ({caseId}, {subject}, {decisionOn}, {laCode}, {registeredOn}, {outcome}, {decidedOn})
            ON CONFLICT ("CaseId", "Subject", "DecisionOn") DO UPDATE SET "Outcome" = excluded."Outcome", "DecidedOn" = excluded."DecidedOn"
            """, cancellationToken);

    public async Task<AppealTally> TallyAsync(Area area, Period period, CancellationToken cancellationToken)
    {
        var appeals = db.EhcAppeals.AsNoTracking();
        if (area.Level != Area.National) appeals = appeals.Where(a => area.LaCodes.Contains(a.LaCode));
        var registered = await appeals.Where(a => a.RegisteredOn >= period.Start && a.RegisteredOn < period.EndExclusive)
            .GroupBy(a => new { a.Subject, a.Mediated }).Select(g => new { g.Key.Subject, g.Key.Mediated, Count = g.LongCount() }).ToListAsync(cancellationToken);
        var ended = await appeals.Where(a => a.DecidedOn >= period.Start && a.DecidedOn < period.EndExclusive)
            .GroupBy(a => new { a.Subject, a.Outcome }).Select(g => new { g.Key.Subject, g.Key.Outcome, Count = g.LongCount() }).ToListAsync(cancellationToken);
        return new AppealTally(
            registered.GroupBy(r => r.Subject).ToDictionary(g => g.Key, g => g.Sum(r => r.Count)),
            registered.Where(r => r.Mediated == true).GroupBy(r => r.Subject).ToDictionary(g => g.Key, g => g.Sum(r => r.Count)),
            ended.ToDictionary(e => (e.Subject, e.Outcome!), e => e.Count));
    }
}
