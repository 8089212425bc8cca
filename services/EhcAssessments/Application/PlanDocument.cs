using System.Security.Cryptography;
using System.Text;
using SendPlatform.EhcAssessments.Domain.Plans;

namespace SendPlatform.EhcAssessments.Application;

/// <summary>
/// A plan as the LA sent it: the template's JSON to keep and check, the facts the rules read from it, and the funding
/// band section I names, if any.
/// </summary>
public sealed record PlanDocument(string Json, PlanFacts Facts, string? FundingBand)
{
    /// <summary>The JSON's SHA-256: the same plan sent again (a retry) has the same hash, as its JSON is written one way.</summary>
    public string Hash => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Json)));
}
