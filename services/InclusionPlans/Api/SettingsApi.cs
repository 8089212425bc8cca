using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using SendPlatform.InclusionPlans.Application;
using SendPlatform.InclusionPlans.Data;
using SendPlatform.InclusionPlans.Domain.Settings;
using SendPlatform.ServiceDefaults.Grpc;
using Proto = SendPlatform.Contracts.Inclusion.V1;
using SendPlatform.InclusionPlans.Upstream;

namespace SendPlatform.InclusionPlans.Api;

/// <summary>
/// The settings register (kept through <see cref="KeepSettings"/>). It is facts about organisations, so every partner
/// may read it. A bulk load is consumed as it streams, 500 rows to a transaction: bad rows are reported by position
/// and skipped, good ones upserted by URN.
/// </summary>
public sealed class SettingsApi(PlansDbContext db, NationalStandardsFacts standards, KeepSettings register) : Proto.Settings.SettingsBase
{
    private const int Chunk = 500;
    private const int MaxReportedErrors = 1_000;

    /// <summary>England has about 24,000 schools and far fewer other settings: one load is the whole register, with room.</summary>
    public static readonly StreamLimit LoadLimit = new("settings", 100_000, TimeSpan.FromMinutes(30), ItemsPerSecond: 5_000, Burst: 10_000);

    public override async Task<Proto.Setting> UpsertSetting(Proto.UpsertSettingRequest request, ServerCallContext context)
    {
        var details = (request.Setting ?? new Proto.Setting()).ToDetails();
        var v = new Violations();
        SettingRules.Check(details, await standards.ProvisionTypesAsync(context.OnBehalfOfCaller()), v, "setting.");
        v.ThrowIfAny();
        return (await register.UpsertAsync(context.GetCaller(), details, context.CancellationToken)).ToProto();
    }

    public override async Task<Proto.LoadSettingsResult> LoadSettings(IAsyncStreamReader<Proto.Setting> rows, ServerCallContext context)
    {
        var caller = context.GetCaller();
        KeepSettings.RequireMayLoad(caller);
        using var stream = LoadLimit.Start(caller, context.CancellationToken);
        return await stream.RunAsync(ct => LoadAsync(caller, rows, stream, context, ct));
    }

    private async Task<Proto.LoadSettingsResult> LoadAsync(CallerOrganisation caller, IAsyncStreamReader<Proto.Setting> rows, StreamLimit.Session stream,
        ServerCallContext context, CancellationToken cancellationToken)
    {
        var provisionTypes = await standards.ProvisionTypesAsync(context.OnBehalfOfCaller());
        var result = new Proto.LoadSettingsResult();
        var pending = new List<(int Row, SettingDetails Details)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (await rows.MoveNext(cancellationToken))
        {
            stream.Count();
            var row = ++result.Received;
            var details = rows.Current.ToDetails();
            var v = new Violations();
            SettingRules.Check(details, provisionTypes, v);
            if (!v.Any && !KeepSettings.MayKeep(caller, details.LaCode)) v.Add("la_code", $"a local authority loads only its own area's settings ({caller.LaCode})");
            if (!v.Any && !seen.Add(details.Urn)) v.Add("urn", "appears earlier in this load");
            if (v.Any) Reject(result, row, details.Urn, v.Items);
            else pending.Add((row, details));
            if (pending.Count == Chunk) await UpsertAsync(caller, pending, result, cancellationToken);
        }
        await UpsertAsync(caller, pending, result, cancellationToken);
        if (result.Loaded > 0) await register.RefreshStatisticsAsync(cancellationToken);
        return result;
    }

    public override async Task<Proto.Setting> GetSetting(Proto.GetSettingRequest request, ServerCallContext context)
    {
        if (!Urn.TryParse(request.Urn, out var urn, out var reason)) throw new RequestValidationException([new FieldViolation("urn", reason)]);
        var setting = await db.Settings.AsNoTracking().SingleOrDefaultAsync(s => s.Urn == urn.Value.Value, context.CancellationToken)
            ?? throw new NotFoundException("Setting", urn.Value.Value);
        return setting.ToProto();
    }

    public override async Task<Proto.ListSettingsResponse> ListSettings(Proto.ListSettingsRequest request, ServerCallContext context)
    {
        var v = new Violations();
        var la = PlanValidation.La(request.LaCode, v);
        var paging = Paging.From(request.Page, v);
        v.ThrowIfAny();
        var query = db.Settings.AsNoTracking().Where(s => s.LaCode == la);
        if (!string.IsNullOrWhiteSpace(request.ProvisionType))
        {
            var type = request.ProvisionType.Trim();
            query = query.Where(s => s.ProvisionType == type);
        }
        var total = await query.CountAsync(context.CancellationToken);
        if (paging.AfterKey is { } after) query = query.Where(s => string.Compare(s.Urn, after) > 0);
        var rows = await query.OrderBy(s => s.Urn).Take(paging.PageSize + 1).ToListAsync(context.CancellationToken);
        var page = paging.Respond(rows, s => s.Urn, total);
        return new Proto.ListSettingsResponse { Settings = { rows.Select(s => s.ToProto()) }, Page = page };
    }

    private static void Reject(Proto.LoadSettingsResult result, int row, string urn, IEnumerable<FieldViolation> problems)
    {
        result.Rejected++;
        foreach (var p in problems.Where(_ => result.Errors.Count < MaxReportedErrors))
            result.Errors.Add(new Proto.RowError { Row = row, Urn = urn, Field = p.Field, Description = p.Description });
    }

    private async Task UpsertAsync(CallerOrganisation caller, List<(int Row, SettingDetails Details)> pending, Proto.LoadSettingsResult result, CancellationToken cancellationToken)
    {
        var (loaded, refused) = await register.LoadChunkAsync(caller, pending, cancellationToken);
        result.Loaded += loaded;
        foreach (var (row, urn, laCode) in refused)
            Reject(result, row, urn, [new FieldViolation("urn", $"URN {urn} is on LA {laCode}'s register, not {caller.LaCode}'s")]);
        pending.Clear();
    }
}
