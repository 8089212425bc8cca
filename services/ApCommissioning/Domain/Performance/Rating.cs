namespace SendPlatform.ApCommissioning.Domain.Performance;

public enum Rating
{
    Red = 1,
    Amber = 2,
    Green = 3,
    TooFewPlacements = 4,
}
