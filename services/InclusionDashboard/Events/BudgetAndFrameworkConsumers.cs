using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.InclusionDashboard.Application;
using SendPlatform.InclusionDashboard.Data;
using SendPlatform.ServiceDefaults.Messaging;

namespace SendPlatform.InclusionDashboard.Events;

public sealed class ApBudgetSetConsumer(DashboardDbContext db, KeepApBudget keeping) : IdempotentConsumer<ApBudgetSet, DashboardDbContext>(db)
{
    protected override Task HandleAsync(ApBudgetSet set, CancellationToken cancellationToken) =>
        keeping.SetAsync(set.LaCode, set.Amounts.Select(a => (a.FinancialYear, a.Tier, a.Amount)), set.SetAt, cancellationToken);
}

public sealed class ApCommitmentsChangedConsumer(DashboardDbContext db, KeepApBudget keeping) : IdempotentConsumer<ApCommitmentsChanged, DashboardDbContext>(db)
{
    protected override Task HandleAsync(ApCommitmentsChanged changed, CancellationToken cancellationToken) =>
        keeping.CommittedAsync(changed.LaCode, changed.Committed.Select(a => (a.FinancialYear, a.Tier, a.Amount)), changed.AsOf, cancellationToken);
}

public sealed class TariffScheduleChangedConsumer(DashboardDbContext db, KeepFramework keeping) : IdempotentConsumer<TariffScheduleChanged, DashboardDbContext>(db)
{
    protected override Task HandleAsync(TariffScheduleChanged changed, CancellationToken cancellationToken) =>
        keeping.PublishedAsync(changed.FrameworkId, changed.FinancialYear, changed.Version, changed.EffectiveFrom, changed.PublishedAt, cancellationToken);
}
