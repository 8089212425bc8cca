using SendPlatform.InclusionDashboard.Data;
using SendPlatform.InclusionDashboard.Domain.Figures;

namespace SendPlatform.InclusionDashboard.Application;

/// <summary>Keeps each inclusion plan's latest status, planned sufficiency and blocking findings.</summary>
public sealed class KeepPlan(PlanRecords plans)
{
    private static readonly HashSet<string> Statuses = ["Draft", "Published", "NeedsReview", "Superseded"];

    public Task ChangedAsync(Guid planId, string laCode, string status, IReadOnlyList<PlanSufficiency> sufficiency, IReadOnlyList<string> blockingFindings,
        DateTimeOffset changedAt, CancellationToken cancellationToken) =>
        Statuses.Contains(status)
            ? plans.KeepAsync(planId, EventFacts.CurrentLa(laCode, "An inclusion plan"), status, sufficiency, blockingFindings, changedAt, cancellationToken)
            : throw new InvalidOperationException($"An inclusion plan has the status '{status}', which the dashboard does not know.");
}
