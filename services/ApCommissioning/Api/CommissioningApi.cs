using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using SendPlatform.ApCommissioning.Application;
using SendPlatform.ApCommissioning.Data;
using SendPlatform.ApCommissioning.Domain.Providers;
using SendPlatform.ServiceDefaults.Grpc;
using Proto = SendPlatform.Contracts.Ap.V1;

namespace SendPlatform.ApCommissioning.Api;

/// <summary>The LA's AP budget and the places it commissions against it (see SetApBudget and CommissionPlaces).</summary>
public sealed class CommissioningApi(ApDbContext db, SetApBudget budgets, CommissionPlaces commissioning) : Proto.ApCommissioning.ApCommissioningBase
{
    public override async Task<Proto.ApBudget> SetBudget(Proto.SetBudgetRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var v = new Violations();
        if (!LaCode.TryParse(request.LaCode, out var la, out var reason)) v.Add("la_code", reason);
        var plan = CommissioningValidation.Budget(request, v);
        var laCode = v.Checked(la).Value;
        await budgets.SetAsync(caller, laCode, v.Checked(plan), context.CancellationToken);
        return await BudgetAsync(caller, laCode, context.CancellationToken);
    }

    public override async Task<Proto.ApBudget> GetBudget(Proto.GetBudgetRequest request, ServerCallContext context)
    {
        if (!LaCode.TryParse(request.LaCode, out var la, out var reason)) throw new RequestValidationException([new FieldViolation("la_code", reason)]);
        return await BudgetAsync(context.GetCaller(), la.Value.Value, context.CancellationToken);
    }

    public override async Task<Proto.Commission> CommissionPlaces(Proto.CommissionPlacesRequest request, ServerCallContext context)
    {
        var v = new Violations();
        var key = IdempotencyKeys.Parse(request.IdempotencyKey, v);
        var commission = v.Checked(CommissioningValidation.Commission(request, v));
        return (await commissioning.CommissionAsync(context.GetCaller(), key, commission, context.OnBehalfOfCaller(), context.CancellationToken)).ToProto();
    }

    public override async Task<Proto.ListCommissionsResponse> ListCommissions(Proto.ListCommissionsRequest request, ServerCallContext context)
    {
        var v = new Violations();
        if (!LaCode.TryParse(request.LaCode, out var la, out var reason)) v.Add("la_code", reason);
        Guid? providerId = null;
        if (!string.IsNullOrWhiteSpace(request.ProviderId))
        {
            if (Guid.TryParse(request.ProviderId, out var id)) providerId = id;
            else v.Add("provider_id", "is not a provider id");
        }
        if (request.Tier != Proto.ApTier.Unspecified && !Enum.IsDefined((ApTier)(int)request.Tier)) v.Add("tier", "is not a tier");
        var paging = Paging.From(request.Page, v);
        var before = paging.SequenceKey(v);
        var laCode = v.Checked(la).Value;
        context.GetCaller().RequireLocalAuthorityOf(laCode, "read its AP commissions");

        var query = db.Commissions.AsNoTracking().Where(c => c.LaCode == laCode);
        if (providerId is { } p) query = query.Where(c => c.ProviderId == p);
        if (request.Tier != Proto.ApTier.Unspecified)
        {
            var tier = (ApTier)(int)request.Tier;
            query = query.Where(c => c.Tier == tier);
        }
        var total = await query.CountAsync(context.CancellationToken);
        if (before is { } b) query = query.Where(c => c.Sequence < b);
        var rows = await query.OrderByDescending(c => c.Sequence).Take(paging.PageSize + 1).ToListAsync(context.CancellationToken);
        var page = paging.Respond(rows, c => c.Sequence.ToString(), total);
        return new Proto.ListCommissionsResponse { Commissions = { rows.Select(c => c.ToProto()) }, Page = page };
    }

    private async Task<Proto.ApBudget> BudgetAsync(CallerOrganisation caller, string laCode, CancellationToken cancellationToken)
    {
        var (lines, positions) = await budgets.ReadAsync(caller, laCode, cancellationToken);
        return CommissioningMapping.ToProto(laCode, lines, positions);
    }
}
