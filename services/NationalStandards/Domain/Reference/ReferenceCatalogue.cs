namespace SendPlatform.NationalStandards.Domain.Reference;

/// <summary>The codes a standards set or an EHC plan may use, as held in the service's database.</summary>
public sealed class ReferenceCatalogue(IEnumerable<NeedType> needTypes, IEnumerable<ProvisionType> provisionTypes)
{
    private readonly Dictionary<string, NeedType> _needTypes = needTypes.ToDictionary(n => n.Code, StringComparer.Ordinal);
    private readonly HashSet<string> _provisionTypes = provisionTypes.Select(p => p.Code).ToHashSet(StringComparer.Ordinal);

    public IEnumerable<NeedType> NeedTypes => _needTypes.Values;

    public NeedType? FindNeed(string code) => _needTypes.GetValueOrDefault(code);

    public bool IsNeedCode(string code) => _needTypes.ContainsKey(code);

    public bool IsProvisionType(string code) => _provisionTypes.Contains(code);
}
