using SendPlatform.EhcAssessments.Domain.Cases;

namespace SendPlatform.EhcAssessments.Application;

/// <summary>Which of an LA's cases to list: a stage, those past their next due date, and the page after a sequence number.</summary>
public sealed record CaseFilter(string LaCode, CaseStage? Stage, bool OverdueOnly, int PageSize, long? Before);
