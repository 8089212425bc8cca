using Grpc.Core;
using SendPlatform.Contracts.Standards.V1;
using SendPlatform.InclusionPlans.Domain.Compliance;

namespace SendPlatform.InclusionPlans.Upstream;

/// <summary>
/// What a plan needs from national-standards, asked over gRPC with the caller's token and deadline: a published (or
/// since superseded) standards version with its standards, and the national provision type codes. A version that does
/// not exist, or is still a draft, is no version a plan can answer. If national-standards cannot be reached the caller
/// gets its UNAVAILABLE, never a guess.
/// </summary>
public sealed class NationalStandardsFacts(StandardsSets.StandardsSetsClient sets, ReferenceData.ReferenceDataClient reference)
{
    public async Task<StandardsFacts?> FindAsync(string version, CallOptions call)
    {
        try
        {
            var set = await sets.GetStandardsSetAsync(new GetStandardsSetRequest { Version = version }, call);
            if (set.Status is not (StandardsSetStatus.Published or StandardsSetStatus.Superseded)) return null;
            return new StandardsFacts(set.Version, set.Status == StandardsSetStatus.Published,
                set.Content.Standards.Select(s => new StandardSummary(s.Code, s.Title)).ToList());
        }
        catch (RpcException ex) when (ex.StatusCode is StatusCode.NotFound or StatusCode.InvalidArgument or StatusCode.PermissionDenied)
        {
            return null;
        }
    }

    public async Task<IReadOnlySet<string>> ProvisionTypesAsync(CallOptions call) =>
        (await reference.ListProvisionTypesAsync(new ListProvisionTypesRequest(), call)).ProvisionTypes.Select(p => p.Code).ToHashSet(StringComparer.Ordinal);
}
