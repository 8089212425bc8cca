namespace SendPlatform.ApCommissioning.Domain.Providers;

public enum ProviderKind
{
    PupilReferralUnit = 1,
    ApAcademy = 2,
    ApFreeSchool = 3,
    RegisteredIndependentAp = 4,
    UnregisteredAp = 5,
}
