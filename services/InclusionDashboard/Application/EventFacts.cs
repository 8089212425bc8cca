namespace SendPlatform.InclusionDashboard.Application;

/// <summary>
/// What an event must say for its figures to be counted anywhere: an LA that is current. One that names another breaks
/// the contract, so the event is refused (parked as poison, to be seen) rather than counted somewhere wrong.
/// </summary>
internal static class EventFacts
{
    public static string CurrentLa(string laCode, string what) =>
        LocalAuthorities.IsCurrent(laCode) ? laCode : throw new InvalidOperationException($"{what} names LA {laCode}, which is not a current LA.");
}
