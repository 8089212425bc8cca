namespace SendPlatform.PupilMovements.Domain.Oversight;

/// <summary>
/// How serious each alert is and how many school days the LA has to act on it. A child whose whereabouts are
/// unknown comes first: statutory guidance on children missing education asks for enquiries without delay.
/// </summary>
public static class AlertPolicy
{
    public static (AlertSeverity Severity, int SchoolDaysToAct) For(AlertType type) => type switch
    {
        AlertType.DeletedToUnknownDestination => (AlertSeverity.High, 2),
        AlertType.MissingEducation => (AlertSeverity.High, 2),
        AlertType.EhcPlanLeftWithoutDestination => (AlertSeverity.High, 5),
        AlertType.OverdueApPlacement => (AlertSeverity.Medium, 5),
        AlertType.OffRollingSignal => (AlertSeverity.Medium, 20),
        AlertType.LateNotification => (AlertSeverity.Low, 10),
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };
}
