namespace SendPlatform.ApCommissioning.Domain.Providers;

public enum QualityRating
{
    Outstanding = 1,
    Good = 2,
    RequiresImprovement = 3,
    Inadequate = 4,
}
