namespace SendPlatform.FundingBands.Domain;

public enum FrameworkStatus
{
    Draft = 1,
    Published = 2,
    Superseded = 3,
}
