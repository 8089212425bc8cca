using SendPlatform.EhcAssessments.Domain.Cases;

namespace SendPlatform.EhcAssessments.Domain.Returns;

/// <summary>
/// The code lists of DfE's SEN2 person-level guide that this service's facts map to: item 2.1a request source, items
/// 2.4 and 3.1 outcomes (Y, N, A yet to be decided, W withdrawn, H historical), item 4.6 reason ceased, and module 1's
/// "UPN unknown" reasons. A case's facts map one way; where the Act's ground covers two of the return's codes, the
/// nearest is taken and the README says which.
/// </summary>
public static class Sen2Codes
{
    public const string Decided = "Y";
    public const string DecidedNot = "N";
    public const string NotYetDecided = "A";
    public const string Historical = "H";

    /// <summary>"Child is aged under 6 years old and is not yet assigned a UPN": the only reason the facts prove.</summary>
    public const string UpnUnknownUnderSix = "UN1";

    /// <summary>CBDS ethnicity "information not yet obtained": this platform does not ask a family's ethnicity.</summary>
    public const string EthnicityNotObtained = "NOBT";

    /// <summary>1, a young person or parent; 2, a school or other education setting.</summary>
    public static string Source(RequestSource source) => source == RequestSource.Setting ? "2" : "1";

    public static string Reason(CeaseReason reason) => reason switch
    {
        CeaseReason.ReachedMaximumAge => "1",
        CeaseReason.NoLongerNecessary => "2",
        CeaseReason.HigherEducation => "3",
        CeaseReason.MovedToAnotherLa => "5",
        CeaseReason.LeftEducationOrTraining => "6",
        CeaseReason.Died => "8",
        _ => "9",
    };
}
