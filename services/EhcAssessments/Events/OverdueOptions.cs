namespace SendPlatform.EhcAssessments.Events;

/// <summary>Configuration section "Overdue": how often the sweep looks for steps that time has made overdue.</summary>
public sealed class OverdueOptions
{
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Off only where something else drives the sweep (tests that set the date themselves).</summary>
    public bool ScheduleEnabled { get; set; } = true;
}
