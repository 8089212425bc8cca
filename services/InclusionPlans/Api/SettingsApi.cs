using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.InclusionPlans.Data;
using SendPlatform.InclusionPlans.Domain.Settings;
using SendPlatform.ServiceDefaults.Database;
using SendPlatform.ServiceDefaults.Errors;
using SendPlatform.ServiceDefaults.Grpc;
using SendPlatform.ServiceDefaults.Identity;
using SendPlatform.ServiceDefaults.Messaging;
using Proto = SendPlatform.Contracts.Inclusion.V1;
using SendPlatform.InclusionPlans.Upstream;

namespace SendPlatform.InclusionPlans.Api;

/// <summary>
/// The settings register. DfE keeps the national register; an LA may keep its own area's settings. It is facts about
/// organisations, so every partner may read it. A bulk load is consumed as it streams, 500 rows to a transaction:
/// bad rows are reported by position and skipped, good ones upserted by URN.
/// </summary>
public sealed class SettingsApi(PlansDbContext db, NationalStandardsFacts standards, TimeProvider clock) : Proto.Settings.SettingsBase
{
    private const int Chunk = 500;
    private const int MaxReportedErrors = 1_000;

    /// <summary>England has about 24,000 schools and far fewer other settings: one load is the whole register, with room.</summary>
    public static readonly StreamLimit LoadLimit = new("settings", 100_000, TimeSpan.FromMinutes(30));

    public override async Task<Proto.Setting> UpsertSetting(Proto.UpsertSettingRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var details = (request.Setting ?? new Proto.Setting()).ToDetails();
        var v = new Violations();
        SettingRules.Check(details, await standards.ProvisionTypesAsync(context.OnBehalfOfCaller()), v, "setting.");
        v.ThrowIfAny();
        RequireMayKeep(caller, details.LaCode);
        var existing = await db.Settings.SingleOrDefaultAsync(s => s.Urn == details.Urn, context.CancellationToken);
        if (existing is not null) RequireMayKeep(caller, existing.LaCode);
        var now = clock.GetStorageNow();
        var moved = existing?.MovesTo(details) ?? true;
        if (existing is null) db.Settings.Add(existing = Setting.From(details, caller.OrgId, now));
        else existing.Update(details, caller.OrgId, now);
        if (moved) Announce(existing);
        await db.SaveChangesAsync(context.CancellationToken);
        return existing.ToProto();
    }

    public override async Task<Proto.LoadSettingsResult> LoadSettings(IAsyncStreamReader<Proto.Setting> rows, ServerCallContext context)
    {
        var caller = context.GetCaller();
        if (caller.Type is not (OrganisationType.Dfe or OrganisationType.La))
            throw new PermissionDeniedException("Only DfE and local authorities keep the settings register.");
        using var stream = LoadLimit.Start(context.CancellationToken);
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
            if (!v.Any && !MayKeep(caller, details.LaCode)) v.Add("la_code", $"a local authority loads only its own area's settings ({caller.LaCode})");
            if (!v.Any && !seen.Add(details.Urn)) v.Add("urn", "appears earlier in this load");
            if (v.Any) Reject(result, row, details.Urn, v.Items);
            else pending.Add((row, details));
            if (pending.Count == Chunk) await UpsertAsync(caller, pending, result, cancellationToken);
        }
        await UpsertAsync(caller, pending, result, cancellationToken);
        // A bulk load can change the table wholesale; fresh statistics keep the search's plan right from the next request.
        if (result.Loaded > 0) await db.Database.ExecuteSqlRawAsync("ANALYZE settings", cancellationToken);
        return result;
    }

    public override async Task<Proto.Setting> GetSetting(Proto.GetSettingRequest request, ServerCallContext context)
    {
        var setting = await db.Settings.AsNoTracking().SingleOrDefaultAsync(s => s.Urn == request.Urn.Trim(), context.CancellationToken)
            ?? throw new NotFoundException("Setting", request.Urn);
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

    /// <summary>Services that decide authority from a setting's area keep a copy of where each URN is.</summary>
    private void Announce(Setting setting) =>
        db.EnqueueIntegrationEvent(new SettingRegistered(setting.Urn, setting.LaCode, setting.ProvisionType, setting.UpdatedAt) { OccurredAt = setting.UpdatedAt });

    private static bool MayKeep(CallerOrganisation caller, string laCode) =>
        caller.Type == OrganisationType.Dfe || caller.IsLocalAuthorityOf(laCode);

    private static void RequireMayKeep(CallerOrganisation caller, string laCode)
    {
        if (!MayKeep(caller, laCode)) throw new PermissionDeniedException($"Only DfE or local authority {laCode} may keep its settings on the register.");
    }

    private static void Reject(Proto.LoadSettingsResult result, int row, string urn, IEnumerable<FieldViolation> problems)
    {
        result.Rejected++;
        foreach (var p in problems.Where(_ => result.Errors.Count < MaxReportedErrors))
            result.Errors.Add(new Proto.RowError { Row = row, Urn = urn, Field = p.Field, Description = p.Description });
    }

    private async Task UpsertAsync(CallerOrganisation caller, List<(int Row, SettingDetails Details)> pending, Proto.LoadSettingsResult result, CancellationToken cancellationToken)
    {
        if (pending.Count == 0) return;
        var urns = pending.Select(p => p.Details.Urn).ToArray();
        var now = clock.GetStorageNow();
        var loaded = 0;
        var refused = new List<(int Row, string Urn, string LaCode)>();
        await db.InTransactionAsync(async ct =>
        {
            loaded = 0;
            refused.Clear();
            db.ChangeTracker.Clear();
            var existing = await db.Settings.Where(s => urns.Contains(s.Urn)).ToDictionaryAsync(s => s.Urn, ct);
            foreach (var (row, details) in pending)
            {
                if (!existing.TryGetValue(details.Urn, out var setting)) Announce(db.Settings.Add(Setting.From(details, caller.OrgId, now)).Entity);
                else if (!MayKeep(caller, setting.LaCode)) { refused.Add((row, details.Urn, setting.LaCode)); continue; }
                else
                {
                    var moved = setting.MovesTo(details);
                    setting.Update(details, caller.OrgId, now);
                    if (moved) Announce(setting);
                }
                loaded++;
            }
            await db.SaveChangesAsync(ct);
        }, cancellationToken);
        db.ChangeTracker.Clear();
        result.Loaded += loaded;
        foreach (var (row, urn, laCode) in refused)
            Reject(result, row, urn, [new FieldViolation("urn", $"URN {urn} is on LA {laCode}'s register, not {caller.LaCode}'s")]);
        pending.Clear();
    }
}
