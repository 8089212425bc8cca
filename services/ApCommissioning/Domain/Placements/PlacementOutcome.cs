namespace SendPlatform.ApCommissioning.Domain.Placements;

public enum PlacementOutcome
{
    ReturnedToHomeSchool = 1,
    MovedToAnotherSchool = 2,
    Post16Eet = 3,
    Other = 4,
}
