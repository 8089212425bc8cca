using Microsoft.EntityFrameworkCore;
using SendPlatform.FundingBands.Data;
using SendPlatform.FundingBands.Domain;
using SendPlatform.ServiceDefaults.Database;

namespace SendPlatform.FundingBands.Application;

/// <summary>
/// DfE drafting a funding framework: the next version of a financial year, numbered under the year's lock so two
/// drafts at once never share a number; and replacing a draft's content, where the later of two at once is told to
/// read again. A repeated idempotency key answers with the first draft.
/// </summary>
public sealed class DraftFramework(FundingDbContext db, TimeProvider clock)
{
    public async Task<FundingFramework> CreateAsync(CallerOrganisation caller, string? key, FinancialYear year, DateOnly effectiveFrom, FrameworkContent content,
        CancellationToken cancellationToken)
    {
        caller.Require(OrganisationType.Dfe, "write funding frameworks");
        if (key is not null && await db.Frameworks.AsNoTracking().SingleOrDefaultAsync(f => f.IdempotencyKey == key, cancellationToken) is { } earlier)
            return earlier;
        return await db.InTransactionAsync(async ct =>
        {
            await db.LockFinancialYearAsync(year, ct);
            var version = 1 + (await db.Frameworks.Where(f => f.FinancialYearStart == year.StartYear).MaxAsync(f => (int?)f.Version, ct) ?? 0);
            var framework = FundingFramework.CreateDraft(year, version, effectiveFrom, content, key, caller.OrgId, clock.GetStorageNow());
            db.Frameworks.Add(framework);
            await db.SaveChangesAsync(ct);
            return framework;
        }, cancellationToken);
    }

    /// <summary>The draft to replace, for its financial year (which the new effective date must fall in).</summary>
    public async Task<FundingFramework> FindAsync(CallerOrganisation caller, string id, CancellationToken cancellationToken)
    {
        caller.Require(OrganisationType.Dfe, "write funding frameworks");
        return await db.Frameworks.SingleOrDefaultAsync(f => f.Id == id, cancellationToken) ?? throw new NotFoundException("Funding framework", id);
    }

    public async Task<FundingFramework> ReplaceAsync(CallerOrganisation caller, FundingFramework draft, DateOnly effectiveFrom, FrameworkContent content,
        CancellationToken cancellationToken)
    {
        draft.Replace(effectiveFrom, content, caller.OrgId, clock.GetStorageNow());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainRuleException($"Framework {draft.Id} was changed by someone else at the same time; read it again and retry.");
        }
        return draft;
    }
}
