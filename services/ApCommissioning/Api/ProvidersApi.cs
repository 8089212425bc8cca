using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using SendPlatform.ApCommissioning.Application;
using SendPlatform.ApCommissioning.Data;
using SendPlatform.ApCommissioning.Domain.Providers;
using SendPlatform.ServiceDefaults.Grpc;
using Proto = SendPlatform.Contracts.Ap.V1;

namespace SendPlatform.ApCommissioning.Api;

public sealed class ProvidersApi(ApDbContext db, RegisterProvider registering, TimeProvider clock) : Proto.ApProviders.ApProvidersBase
{
    public override async Task<Proto.ApProvider> CreateProvider(Proto.CreateProviderRequest request, ServerCallContext context)
    {
        var v = new Violations();
        var key = IdempotencyKeys.Parse(request.IdempotencyKey, v);
        var details = v.Checked(ProviderValidation.Parse(request, clock.TodayInEngland(), v));
        return (await registering.RegisterAsync(context.GetCaller(), key, details, context.CancellationToken)).ToProto();
    }

    public override async Task<Proto.ApProvider> GetProvider(Proto.GetProviderRequest request, ServerCallContext context)
    {
        if (!Guid.TryParse(request.Id, out var id)) throw new RequestValidationException([new FieldViolation("id", "is not a provider id")]);
        var provider = await db.Providers.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, context.CancellationToken)
            ?? throw new NotFoundException("AP provider", request.Id);
        return provider.ToProto();
    }

    public override async Task<Proto.ListProvidersResponse> ListProviders(Proto.ListProvidersRequest request, ServerCallContext context)
    {
        var v = new Violations();
        if (!LaCode.TryParse(request.LaCode, out var la, out var reason)) v.Add("la_code", reason);
        if (request.Tier != Proto.ApTier.Unspecified && !Enum.IsDefined((ApTier)(int)request.Tier)) v.Add("tier", "is not a tier");
        if (request.Kind != Proto.ProviderKind.Unspecified && !Enum.IsDefined((ProviderKind)(int)request.Kind)) v.Add("kind", "is not a kind of provider");
        var paging = Paging.From(request.Page, v);
        (string Name, Guid Id)? after = null;
        if (paging.AfterKey is not null)
        {
            var cut = paging.AfterKey.LastIndexOf('|');
            if (cut > 0 && Guid.TryParse(paging.AfterKey[(cut + 1)..], out var afterId)) after = (paging.AfterKey[..cut], afterId);
            else v.Add("page.page_token", "is not a token this endpoint issued");
        }
        var laCode = v.Checked(la).Value;

        var query = db.Providers.AsNoTracking().Where(p => p.LaCode == laCode);
        if (request.Tier != Proto.ApTier.Unspecified)
        {
            var tier = (ApTier)(int)request.Tier;
            query = query.Where(p => p.Tiers.Contains(tier));
        }
        if (request.Kind != Proto.ProviderKind.Unspecified)
        {
            var kind = (ProviderKind)(int)request.Kind;
            query = query.Where(p => p.Kind == kind);
        }
        var total = await query.CountAsync(context.CancellationToken);
        if (after is var (name, lastId))
            query = query.Where(p => string.Compare(p.Name, name) > 0 || (p.Name == name && p.Id.CompareTo(lastId) > 0));
        var rows = await query.OrderBy(p => p.Name).ThenBy(p => p.Id).Take(paging.PageSize + 1).ToListAsync(context.CancellationToken);
        var page = paging.Respond(rows, p => $"{p.Name}|{p.Id}", total);
        return new Proto.ListProvidersResponse { Providers = { rows.Select(p => p.ToProto()) }, Page = page };
    }
}
