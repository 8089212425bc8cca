namespace SendPlatform.PupilMovements.Events;

/// <summary>Configuration section "Oversight": how often the sweep looks for alerts that time has made due.</summary>
public sealed class OversightOptions
{
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Off only where something else drives the sweep (tests that set the date themselves).</summary>
    public bool ScheduleEnabled { get; set; } = true;
}
