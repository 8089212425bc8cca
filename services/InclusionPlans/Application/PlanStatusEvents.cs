using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.InclusionPlans.Data;
using SendPlatform.InclusionPlans.Domain.Plans;
using SendPlatform.ServiceDefaults.Messaging;

namespace SendPlatform.InclusionPlans.Application;

/// <summary>
/// Tells the dashboard a plan's status, blocking findings and planned sufficiency whenever any changes, in the transaction that
/// changed it. Each carries the whole state as of its time, so the latest wins whatever order they arrive in.
/// </summary>
internal static class PlanStatusEvents
{
    public static void Announce(this PlansDbContext db, InclusionPlan plan, DateTimeOffset now) =>
        db.EnqueueIntegrationEvent(new InclusionPlanStatusChanged(plan.Id, plan.LaCode, plan.Status.ToString(),
            [.. plan.Content.Sufficiency.SelectMany(line => Enumerable.Range(0, plan.Content.Years).Select(i =>
                new PlannedSufficiency(line.NeedCode, line.ProvisionType, plan.Content.YearLabel(i), line.ForecastDemand[i], line.PlacesIn(i))))],
            now)
        {
            OccurredAt = now,
            BlockingFindings = [.. plan.BlockingFindings.Select(kind => kind.ToString())],
        });
}
