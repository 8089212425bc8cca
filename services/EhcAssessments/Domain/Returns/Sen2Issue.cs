namespace SendPlatform.EhcAssessments.Domain.Returns;

/// <summary>What a check found: an error DfE's collection would reject, or a query the LA must explain. CaseId is null for the whole return.</summary>
public sealed record Sen2Issue(Sen2Severity Severity, string Rule, string Message, Guid? CaseId);

public enum Sen2Severity
{
    Error = 1,
    Query = 2,
}
