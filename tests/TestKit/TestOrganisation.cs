namespace SendPlatform.TestKit;

/// <summary>A calling organisation for a test; WireType is the token's org_type.</summary>
public sealed record TestOrganisation(string WireType, string OrgId, string? LaCode = null)
{
    public static readonly TestOrganisation Dfe = new("dfe", "dfe");
    public static TestOrganisation La(string laCode) => new("la", $"la-{laCode}", laCode);
    public static TestOrganisation School(string urn) => new("school", urn);
}
