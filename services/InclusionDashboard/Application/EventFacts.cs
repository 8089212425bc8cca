namespace SendPlatform.InclusionDashboard.Application;

/// <summary>
/// What an event must say for its figures to be counted anywhere: an LA that is current, and settings by URN. One that
/// names another breaks the contract, so the event is refused (parked as poison, to be seen) rather than counted somewhere wrong.
/// </summary>
internal static class EventFacts
{
    /// <summary>The setting's URN, or null when the event names none.</summary>
    public static string? Setting(string? urn, string what) =>
        string.IsNullOrEmpty(urn) ? null
        : Urn.TryParse(urn, out var parsed, out _) ? parsed.Value.Value
        : throw new InvalidOperationException($"{what} names the setting '{urn}', which is not a URN.");

    public static string CurrentLa(string laCode, string what) =>
        LocalAuthorities.IsCurrent(laCode) ? laCode : throw new InvalidOperationException($"{what} names LA {laCode}, which is not a current LA.");
}
