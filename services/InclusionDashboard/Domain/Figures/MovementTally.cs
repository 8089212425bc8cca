namespace SendPlatform.InclusionDashboard.Domain.Figures;

/// <summary>
/// How many movements of one type an area recorded in a period, for one SEN provision, primary need ("" when none
/// is recorded) and deletion ground ("" for other types), with the school days they account for (suspensions).
/// </summary>
public sealed record MovementTally(string EventType, string SenProvision, string PrimaryNeed, string DeletionGround, long Count, long Days);
