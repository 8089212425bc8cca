namespace SendPlatform.NationalStandards.Domain.Standards;

public enum StandardsSetStatus
{
    Draft = 1,
    Published = 2,
    Superseded = 3,
}
