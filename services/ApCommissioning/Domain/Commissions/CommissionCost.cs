namespace SendPlatform.ApCommissioning.Domain.Commissions;

/// <summary>The part of a commission's cost falling in one financial year, as funding-bands priced it.</summary>
public sealed record CommissionCost(int StartYear, int Days, decimal PlaceFunding, decimal TopUp, string FrameworkId)
{
    public decimal Total => PlaceFunding + TopUp;
}
