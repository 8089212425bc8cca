namespace SendPlatform.PupilMovements.Domain;

/// <summary>Where a pupil went when not to a school: SEN2's codes for CYP not in a school or college, or UNKNOWN.</summary>
public static class Destinations
{
    public const string Unknown = "UNKNOWN";
    public const string Eotas = "OLA";
    public const string Ehe = "EHE";

    public static readonly IReadOnlySet<string> Sen2Codes = new HashSet<string> { "OLA", "OPA", "EHE", "EYP", "NEET", "NIEC", "NIEO" };

    /// <summary>No school, no arranged education: whereabouts unknown, or recorded as not in education.</summary>
    public static readonly string[] WithoutEducation = [Unknown, "NEET", "NIEC", "NIEO"];

    public static bool IsOtherLa(string destination) => destination.Length == 3 && destination.All(char.IsAsciiDigit);
}
