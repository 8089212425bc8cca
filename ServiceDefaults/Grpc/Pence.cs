namespace SendPlatform.ServiceDefaults.Grpc;

/// <summary>Money is decimal pounds in the domain and whole pence on the wire.</summary>
public static class Pence
{
    public static long FromPounds(decimal pounds)
    {
        var pence = pounds * 100m;
        if (pence != decimal.Truncate(pence)) throw new ArgumentException($"£{pounds} is not a whole number of pence.", nameof(pounds));
        return (long)pence;
    }

    public static decimal ToPounds(long pence) => pence / 100m;
}
