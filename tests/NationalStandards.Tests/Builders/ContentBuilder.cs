using SendPlatform.NationalStandards.Domain.Reference;
using SendPlatform.NationalStandards.Domain.Standards;

namespace SendPlatform.NationalStandards.Tests.Builders;

/// <summary>A standards set content that is complete enough to publish, changed one way per test.</summary>
public sealed class ContentBuilder
{
    private string _title = "National SEND standards";
    private readonly List<Standard> _standards = [Standard("IDN-01")];
    private readonly List<OrdinarilyAvailableProvision> _oap =
        NationalReferenceData.NeedTypes.Where(n => n.Code != "NSA")
            .Select(n => new OrdinarilyAvailableProvision(n.Code, [$"Adjustments for {n.Name} in every classroom"])).ToList();
    private readonly List<ProvisionNeedMatch> _matches =
    [
        new("MAINSTREAM", ["ASD", "SLCN", "MLD", "SPLD", "SEMH", "HI", "VI", "PD", "OTH"]),
        new("STATE_SPECIAL", ["ASD", "SLCN", "MLD", "SLD", "PMLD", "SPLD", "SEMH", "HI", "VI", "MSI", "PD", "OTH"]),
        new("AP", ["SEMH"]),
    ];

    public static Standard Standard(string code, params Requirement[] requirements) =>
        new(code, $"Standard {code}", Theme.Timeliness, ["ASD"], ["MAINSTREAM"],
            requirements.Length > 0 ? requirements : [new Requirement("ehcp_issued_within_20_weeks", Comparator.AtLeast, 60m, "percent")]);

    public ContentBuilder Titled(string title) { _title = title; return this; }

    public ContentBuilder WithStandard(Standard standard) { _standards.Add(standard); return this; }

    public ContentBuilder WithoutStandards() { _standards.Clear(); return this; }

    public ContentBuilder WithoutOrdinarilyAvailableFor(string needCode) { _oap.RemoveAll(o => o.NeedCode == needCode); return this; }

    public ContentBuilder WithOrdinarilyAvailable(OrdinarilyAvailableProvision oap) { _oap.Add(oap); return this; }

    public ContentBuilder WithMatch(ProvisionNeedMatch match) { _matches.Add(match); return this; }

    public StandardsSetContent Build() => new(_title, _standards.ToList(), _oap.ToList(), _matches.ToList());
}
