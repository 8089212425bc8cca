namespace SendPlatform.ApCommissioning.Domain.Performance;

public enum Term
{
    Autumn = 1,
    Spring = 2,
    Summer = 3,
}
