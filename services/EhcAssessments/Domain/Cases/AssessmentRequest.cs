namespace SendPlatform.EhcAssessments.Domain.Cases;

/// <summary>A request for an EHC needs assessment as received, parsed at the edge; SettingUrn is set when a setting asked.</summary>
public sealed record AssessmentRequest(string LaCode, Child Child, RequestSource Source, string? SettingUrn, DateOnly ReceivedOn);
