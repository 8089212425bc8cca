namespace SendPlatform.ApCommissioning.Domain.Performance;

public enum OutreachOutcome
{
    Achieved = 1,
    PartlyAchieved = 2,
    NotAchieved = 3,
}
