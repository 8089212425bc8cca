namespace SendPlatform.EhcAssessments.Domain.Cases;

/// <summary>An exception to the time limits and when it applied; EndedOn is null while it lasts.</summary>
public sealed record TimescaleException(ExceptionKind Kind, DateOnly StartedOn, DateOnly? EndedOn);
