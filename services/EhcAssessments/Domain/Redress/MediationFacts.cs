namespace SendPlatform.EhcAssessments.Domain.Redress;

/// <summary>
/// What happened about mediation so far: when the family contacted the mediation adviser, whether they want mediation,
/// and, once they happen, the mediation and the certificate that lets them appeal.
/// </summary>
public sealed record MediationFacts(DateOnly AdviserContactedOn, bool WantsMediation, DateOnly? MediationHeldOn, DateOnly? CertificateIssuedOn);
