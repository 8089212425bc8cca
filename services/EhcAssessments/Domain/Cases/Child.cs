namespace SendPlatform.EhcAssessments.Domain.Cases;

/// <summary>
/// The child or young person a case is about, as the SEN2 return's person module needs them. Special-category data:
/// it stays in this service's database and on the responsible LA's screens, never in an event, a log or a metric.
/// </summary>
public sealed record Child(string GivenName, string FamilyName, DateOnly DateOfBirth, string Sex, string Postcode, string? Upn);
