using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using SendPlatform.NationalStandards.Application;
using SendPlatform.NationalStandards.Data;
using SendPlatform.NationalStandards.Domain.Population;
using SendPlatform.ServiceDefaults.Caching;
using Proto = SendPlatform.Contracts.Standards.V1;

namespace SendPlatform.NationalStandards.Api;

public sealed class ReferenceDataApi(StandardsDbContext db, CacheAside cache, PublishPupilHeadcounts headcounts) : Proto.ReferenceData.ReferenceDataBase
{
    public override async Task<Proto.PupilHeadcounts> PublishPupilHeadcounts(Proto.PublishPupilHeadcountsRequest request, ServerCallContext context)
    {
        var v = new Violations();
        var year = HeadcountRules.AcademicYear(request.AcademicYear, v);
        var lines = HeadcountRules.Lines([.. request.Headcounts.Select(h => (h.LaCode, h.Headcount))], v);
        v.ThrowIfAny();
        return ToProto(year!, await headcounts.PublishAsync(context.GetCaller(), year!, lines, context.CancellationToken));
    }

    public override async Task<Proto.PupilHeadcounts> GetPupilHeadcounts(Proto.GetPupilHeadcountsRequest request, ServerCallContext context)
    {
        var v = new Violations();
        var year = HeadcountRules.AcademicYear(request.AcademicYear, v);
        v.ThrowIfAny();
        return ToProto(year!, await headcounts.ReadAsync(year!, context.CancellationToken));
    }

    private static Proto.PupilHeadcounts ToProto(string year, IReadOnlyList<PupilHeadcount> rows) => new()
    {
        AcademicYear = year,
        Headcounts = { rows.Select(r => new Proto.LaHeadcount { LaCode = r.LaCode, Headcount = r.Headcount }) },
        PublishedAt = rows[0].PublishedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        PublishedBy = rows[0].PublishedBy,
    };

    public override Task<Proto.ListNeedTypesResponse> ListNeedTypes(Proto.ListNeedTypesRequest request, ServerCallContext context)
    {
        return cache.GetOrCreateAsync(StandardsCacheKeys.NeedTypes, async ct => new Proto.ListNeedTypesResponse
        {
            Areas = { (await db.NeedAreas.AsNoTracking().OrderBy(a => a.Code).ToListAsync(ct)).Select(a => new Proto.NeedArea { Code = a.Code, Name = a.Name }) },
            NeedTypes =
            {
                (await db.NeedTypes.AsNoTracking().OrderBy(n => n.Code).ToListAsync(ct)).Select(n => new Proto.NeedType
                {
                    Code = n.Code, Name = n.Name, AreaCode = n.AreaCode ?? "", ValidWithSenProvisions = { n.ValidWithSenProvisions },
                }),
            },
            SenProvisions = { (await db.SenProvisions.AsNoTracking().OrderBy(s => s.Code).ToListAsync(ct)).Select(s => new Proto.SenProvision { Code = s.Code, Name = s.Name }) },
        }, context.CancellationToken);
    }

    public override Task<Proto.ListProvisionTypesResponse> ListProvisionTypes(Proto.ListProvisionTypesRequest request, ServerCallContext context)
    {
        return cache.GetOrCreateAsync(StandardsCacheKeys.ProvisionTypes, async ct => new Proto.ListProvisionTypesResponse
        {
            ProvisionTypes =
            {
                (await db.ProvisionTypes.AsNoTracking().OrderBy(p => p.Code).ToListAsync(ct))
                    .Select(p => new Proto.ProvisionType { Code = p.Code, Name = p.Name, Description = p.Description }),
            },
        }, context.CancellationToken);
    }

    public override async Task<Proto.ListLocalAuthoritiesResponse> ListLocalAuthorities(Proto.ListLocalAuthoritiesRequest request, ServerCallContext context)
    {
        var all = await AllLocalAuthoritiesAsync(context.CancellationToken);
        if (string.IsNullOrWhiteSpace(request.Region)) return all;
        var regions = all.LocalAuthorities.Select(l => l.Region).Distinct().Order().ToList();
        var region = regions.FirstOrDefault(r => string.Equals(r, request.Region.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new RequestValidationException([new FieldViolation("region", "must be one of: " + string.Join(", ", regions))]);
        return new Proto.ListLocalAuthoritiesResponse { LocalAuthorities = { all.LocalAuthorities.Where(l => l.Region == region) } };
    }

    public override async Task<Proto.LocalAuthority> GetLocalAuthority(Proto.GetLocalAuthorityRequest request, ServerCallContext context)
    {
        var code = request.LaCode.Trim();
        if (code.Length != 3 || !code.All(char.IsAsciiDigit))
            throw new RequestValidationException([new FieldViolation("la_code", "must be a three-digit local authority code")]);
        var all = await AllLocalAuthoritiesAsync(context.CancellationToken);
        return all.LocalAuthorities.SingleOrDefault(l => l.LaCode == code) ?? throw new NotFoundException("Local authority", code);
    }

    public override Task<Proto.ValidateUpnResponse> ValidateUpn(Proto.ValidateUpnRequest request, ServerCallContext context)
    {
        return Task.FromResult(Upn.TryParse(request.Upn, out var upn, out var reason)
            ? new Proto.ValidateUpnResponse { Valid = true, Temporary = upn.Value.IsTemporary, LaCode = upn.Value.LaCode }
            : new Proto.ValidateUpnResponse { Valid = false, Reason = reason });
    }

    private Task<Proto.ListLocalAuthoritiesResponse> AllLocalAuthoritiesAsync(CancellationToken cancellationToken) =>
        cache.GetOrCreateAsync(StandardsCacheKeys.LocalAuthorities, async ct => new Proto.ListLocalAuthoritiesResponse
        {
            LocalAuthorities =
            {
                (await db.LocalAuthorities.AsNoTracking().OrderBy(l => l.LaCode).ToListAsync(ct))
                    .Select(l => new Proto.LocalAuthority { LaCode = l.LaCode, Name = l.Name, OnsCode = l.OnsCode, Region = l.Region }),
            },
        }, cancellationToken);
}
