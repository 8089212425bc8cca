namespace SendPlatform.Contracts.IntegrationEvents;

/// <summary>
/// DfE published the pupil headcount of LAs for an academic year ("2026-27"): the whole year as of PublishedAt, so a
/// later publication replaces an earlier one outright. Counts of pupils per LA, nothing about any one pupil.
/// </summary>
public sealed record PupilHeadcountsPublished(string AcademicYear, IReadOnlyList<LaPupilHeadcount> Headcounts, DateTimeOffset PublishedAt) : IntegrationEvent;

/// <summary>One LA's pupils on roll in the year's January census.</summary>
public sealed record LaPupilHeadcount(string LaCode, long Headcount);
