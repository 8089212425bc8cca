namespace SendPlatform.EhcAssessments.Domain.Cases;

/// <summary>
/// What a request must be, whoever makes it. EHC plans are for children and young people up to 25 (Children and
/// Families Act 2014 s83(2)); a young person, over compulsory school age (s83(2) again), asks for themselves.
/// </summary>
public static class RequestRules
{
    public const int OldestAge = 25;

    public static void Check(AssessmentRequest request, DateOnly today, Violations v)
    {
        if (request.ReceivedOn > today) v.Add("received_on", "must not be in the future");
        if (request.Child.DateOfBirth > request.ReceivedOn) v.Add("child.date_of_birth", "must be on or before the day the request was received");
        else if (AgeOn(request.Child.DateOfBirth, request.ReceivedOn) >= OldestAge)
            v.Add("child.date_of_birth", $"makes the young person {OldestAge} or over when the request was received: EHC plans end at {OldestAge}");
        if (request.Source == RequestSource.YoungPerson && request.ReceivedOn <= CompulsorySchoolAge.Ends(request.Child.DateOfBirth))
            v.Add("source", "YOUNG_PERSON needs the young person to be over compulsory school age when the request was received; a parent asks for a child");
        if (request.Source == RequestSource.Setting && request.SettingUrn is null) v.Add("requesting_setting_urn", "is required when a setting made the request");
        if (request.Source != RequestSource.Setting && request.SettingUrn is not null) v.Add("requesting_setting_urn", "is only for a request a setting made");
    }

    public static int AgeOn(DateOnly dateOfBirth, DateOnly on)
    {
        var age = on.Year - dateOfBirth.Year;
        return on < dateOfBirth.AddYears(age) ? age - 1 : age;
    }
}
