namespace SendPlatform.EhcAssessments.Domain.Returns;

/// <summary>Module 1: one child or young person, with each of their requests in the return.</summary>
public sealed record Sen2Person(
    string Surname,
    string Forename,
    DateOnly BirthDate,
    string Sex,
    string Postcode,
    string? Upn,
    string? UpnUnknown,
    IReadOnlyList<Sen2Request> Requests);

/// <summary>Module 2: a request for an EHC needs assessment and the decision whether to assess.</summary>
public sealed record Sen2Request(
    Guid CaseId,
    DateOnly ReceivedDate,
    string Source,
    string Outcome,
    DateOnly? OutcomeDate,
    bool Mediation,
    bool Tribunal,
    Sen2Assessment? Assessment,
    Sen2ActivePlan? ActivePlan);

/// <summary>Module 3: the decision, after assessing, whether to issue a plan; with module 4 when one was issued.</summary>
public sealed record Sen2Assessment(
    string Outcome,
    DateOnly? OutcomeDate,
    bool Mediation,
    bool Tribunal,
    bool OtherMediation,
    bool OtherTribunal,
    bool? ExceptionsApply,
    Sen2NamedPlan? NamedPlan);

/// <summary>Module 4: the plan as issued (section I's setting) and, when it ended in the period, when and why.</summary>
public sealed record Sen2NamedPlan(DateOnly StartDate, string Urn, DateOnly? CeaseDate, string? CeaseReason);

/// <summary>Module 5: a plan in force on the census day: where it came from, its latest review, its setting and need.</summary>
public sealed record Sen2ActivePlan(string? TransferLa, DateOnly? ReviewMeeting, DateOnly? LastReview, string Urn, string? PrimaryNeed);
