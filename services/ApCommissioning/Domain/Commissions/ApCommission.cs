using SendPlatform.ApCommissioning.Domain.Providers;

namespace SendPlatform.ApCommissioning.Domain.Commissions;

/// <summary>Places an LA commissioned from a provider in one tier for a period, and what they cost by year.</summary>
public sealed class ApCommission
{
    private ApCommission() { }

    public Guid Id { get; private set; }
    public long Sequence { get; private set; }
    public string LaCode { get; private set; } = "";
    public Guid ProviderId { get; private set; }
    public ApTier Tier { get; private set; }
    public int Places { get; private set; }
    public DateOnly Start { get; private set; }
    public DateOnly End { get; private set; }
    public string? Band { get; private set; }
    public List<CommissionCost> Costs { get; private set; } = [];
    public string? OverrideReason { get; private set; }
    public DateTimeOffset CommissionedAt { get; private set; }
    public string CommissionedBy { get; private set; } = "";
    public string? IdempotencyKey { get; private set; }
    public DateTimeOffset? RepricedAt { get; private set; }

    /// <summary>The funding framework whose publication last changed this commission's price.</summary>
    public string? RepricedFor { get; private set; }

    public decimal Total => Costs.Sum(c => c.Total);

    public CommissionRequest AsRequest() => new(LaCode, ProviderId, Tier, Places, Start, End, Band, OverrideReason);

    /// <summary>
    /// Takes the price a newly published framework gives, if the commission has not started by today (places in use
    /// keep the price they were committed at). False, and nothing changes, when it has started or the price is the same.
    /// </summary>
    public bool Reprice(IReadOnlyList<CommissionCost> costs, string frameworkId, DateOnly today, DateTimeOffset now)
    {
        if (Start <= today || Costs.SequenceEqual(costs)) return false;
        Costs = [.. costs];
        RepricedAt = now;
        RepricedFor = frameworkId;
        return true;
    }

    public static ApCommission Commit(CommissionRequest r, IReadOnlyList<CommissionCost> costs, string by, string? key, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        LaCode = r.LaCode,
        ProviderId = r.ProviderId,
        Tier = r.Tier,
        Places = r.Places,
        Start = r.Start,
        End = r.End,
        Band = r.Band,
        Costs = [.. costs],
        OverrideReason = r.OverrideReason,
        CommissionedAt = now,
        CommissionedBy = by,
        IdempotencyKey = key,
    };
}
