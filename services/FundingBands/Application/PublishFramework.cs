using Microsoft.EntityFrameworkCore;
using SendPlatform.FundingBands.Data;
using SendPlatform.FundingBands.Domain;
using SendPlatform.FundingBands.Events;
using SendPlatform.ServiceDefaults.Database;
using SendPlatform.ServiceDefaults.Messaging;

namespace SendPlatform.FundingBands.Application;

/// <summary>
/// DfE publishing a draft: under its year's lock the version in force is superseded from the draft's effective date,
/// and TariffScheduleChanged is written to the outbox in the same commit. This replica then reloads its prices at once;
/// the others reload on the event.
/// </summary>
public sealed class PublishFramework(FundingDbContext db, PublishedFrameworkStore published, TimeProvider clock)
{
    public async Task<FundingFramework> PublishAsync(CallerOrganisation caller, string id, CancellationToken cancellationToken)
    {
        caller.Require(OrganisationType.Dfe, "write funding frameworks");
        var framework = await db.InTransactionAsync(async ct =>
        {
            var draft = await db.Frameworks.SingleOrDefaultAsync(f => f.Id == id, ct) ?? throw new NotFoundException("Funding framework", id);
            await db.LockFinancialYearAsync(draft.FinancialYear, ct);
            var inForce = await db.Frameworks.SingleOrDefaultAsync(f => f.FinancialYearStart == draft.FinancialYearStart && f.Status == FrameworkStatus.Published, ct);
            draft.Publish(inForce, caller.OrgId, clock.GetStorageNow());
            db.EnqueueIntegrationEvent(TariffScheduleChangedEvent.From(draft, inForce));
            await db.SaveChangesAsync(ct);
            return draft;
        }, cancellationToken);
        await published.ReloadAsync(cancellationToken);
        return framework;
    }
}
