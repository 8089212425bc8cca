namespace SendPlatform.EhcAssessments.Domain.Timescales;

/// <summary>
/// A move between phases of education on <paramref name="TransferOn"/> (the first of September), for which the plan
/// must be reviewed, and amended where necessary to name the next setting, by <paramref name="AmendBy"/>.
/// </summary>
public sealed record PhaseTransfer(StatutoryPeriod Period, DateOnly TransferOn, DateOnly AmendBy)
{
    /// <summary>The 12 months before the transfer, when a review or a plan issued prepares for it.</summary>
    public bool Prepares(DateOnly day) => day >= TransferOn.AddYears(-1) && day < TransferOn;
}
