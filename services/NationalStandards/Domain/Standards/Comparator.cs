namespace SendPlatform.NationalStandards.Domain.Standards;

public enum Comparator
{
    AtLeast = 1,
    AtMost = 2,
    Equal = 3,
}
