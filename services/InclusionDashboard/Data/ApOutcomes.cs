using Microsoft.EntityFrameworkCore;
using SendPlatform.InclusionDashboard.Domain.Figures;
using SendPlatform.ServiceDefaults.Database;

namespace SendPlatform.InclusionDashboard.Data;

public sealed class ApOutcomes(DashboardDbContext db)
{
    /// <summary>
    /// Replaces the placement's years with these unless a later assessment is already kept, so its assessments end in
    /// the latest in any order. The placement's lock makes two deliveries at once take turns rather than both insert.
    /// </summary>
    public async Task KeepAsync(Guid placementId, DateTimeOffset asOf, IReadOnlyList<ApOutcomeRecord> years, CancellationToken cancellationToken)
    {
        await db.Database.LockAsync($"ap-outcomes:{placementId}", cancellationToken);
        if (await db.ApOutcomes.AnyAsync(o => o.PlacementId == placementId && o.AsOf > asOf, cancellationToken)) return;
        await db.ApOutcomes.Where(o => o.PlacementId == placementId).ExecuteDeleteAsync(cancellationToken);
        db.ApOutcomes.AddRange(years);
    }

    /// <summary>For the LAs' placements with a report in the school year, per outcome, how many met it and how many did not.</summary>
    public Task<IReadOnlyList<ApOutcomeTally>> TalliesAsync(IReadOnlyList<string> laCodes, string schoolYear, CancellationToken cancellationToken) =>
        TalliesAsync(db.ApOutcomes.Where(o => o.SchoolYear == schoolYear && laCodes.Contains(o.LaCode)), cancellationToken);

    /// <summary>The same for the placements at one provider, whichever LA commissioned them.</summary>
    public Task<IReadOnlyList<ApOutcomeTally>> ProviderTalliesAsync(string providerUrn, string schoolYear, CancellationToken cancellationToken) =>
        TalliesAsync(db.ApOutcomes.Where(o => o.SchoolYear == schoolYear && o.ProviderUrn == providerUrn), cancellationToken);

    private static async Task<IReadOnlyList<ApOutcomeTally>> TalliesAsync(IQueryable<ApOutcomeRecord> records, CancellationToken cancellationToken)
    {
        var counts = await records.AsNoTracking()
            .GroupBy(_ => 1)
            .Select(g => new
            {
                OutreachMet = g.Count(o => o.EffectiveOutreach == true),
                OutreachNot = g.Count(o => o.EffectiveOutreach == false),
                AttendanceMet = g.Count(o => o.ImprovedAttendance),
                AttendanceNot = g.Count(o => !o.ImprovedAttendance),
                ReintegrationMet = g.Count(o => o.Reintegration == true),
                ReintegrationNot = g.Count(o => o.Reintegration == false),
                AttainmentMet = g.Count(o => o.AttainmentEnglishAndMaths),
                AttainmentNot = g.Count(o => !o.AttainmentEnglishAndMaths),
                Post16Met = g.Count(o => o.Post16Transitions == true),
                Post16Not = g.Count(o => o.Post16Transitions == false),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (counts is null) return [];
        return
        [
            new(ApOutcomeTally.EffectiveOutreach, counts.OutreachMet, counts.OutreachNot),
            new(ApOutcomeTally.ImprovedAttendance, counts.AttendanceMet, counts.AttendanceNot),
            new(ApOutcomeTally.Reintegration, counts.ReintegrationMet, counts.ReintegrationNot),
            new(ApOutcomeTally.AttainmentEnglishAndMaths, counts.AttainmentMet, counts.AttainmentNot),
            new(ApOutcomeTally.Post16Transitions, counts.Post16Met, counts.Post16Not),
        ];
    }
}
