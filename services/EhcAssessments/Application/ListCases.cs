using Microsoft.EntityFrameworkCore;
using SendPlatform.EhcAssessments.Data;
using SendPlatform.EhcAssessments.Domain.Cases;

namespace SendPlatform.EhcAssessments.Application;

/// <summary>An LA's own cases, newest request first; the LA only. Overdue means the next step's due day has passed in England.</summary>
public sealed class ListCases(EhcDbContext db, TimeProvider clock)
{
    /// <returns>Up to PageSize + 1 cases (the extra one says another page follows), and the count of all that match.</returns>
    public async Task<(List<EhcCase> Cases, int Total)> ListAsync(CallerOrganisation caller, CaseFilter filter, CancellationToken cancellationToken)
    {
        caller.RequireLocalAuthorityOf(filter.LaCode, "list its EHC cases");
        var query = db.Cases.AsNoTracking().Where(c => c.LaCode == filter.LaCode);
        if (filter.Stage is { } stage) query = query.Where(c => c.Stage == stage);
        if (filter.OverdueOnly)
        {
            var today = clock.TodayInEngland();
            query = query.Where(c => c.NextDueOn < today);
        }
        var total = await query.CountAsync(cancellationToken);
        if (filter.Before is { } before) query = query.Where(c => c.Sequence < before);
        var cases = await query.OrderByDescending(c => c.Sequence).Take(filter.PageSize + 1).ToListAsync(cancellationToken);
        return (cases, total);
    }
}
