using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.PupilMovements.Data;
using SendPlatform.PupilMovements.Domain.Oversight;
using SendPlatform.ServiceDefaults.Database;
using SendPlatform.ServiceDefaults.Grpc;
using SendPlatform.ServiceDefaults.Messaging;
using Proto = SendPlatform.Contracts.Movements.V1;

namespace SendPlatform.PupilMovements.Api;

public sealed class AlertsApi(MovementsDbContext db, TimeProvider clock) : Proto.OversightAlerts.OversightAlertsBase
{
    private const int MaxTextLength = 2000;
    private const string OversightData = "see or act on its oversight alerts";

    public override async Task<Proto.ListAlertsResponse> ListAlerts(Proto.ListAlertsRequest request, ServerCallContext context)
    {
        var caller = context.GetCaller();
        var v = new Violations();
        if (!LaCode.TryParse(request.LaCode, out var la, out var reason)) v.Add("la_code", reason);
        if (request.Status != Proto.AlertStatus.Unspecified && !Enum.IsDefined((AlertStatus)(int)request.Status)) v.Add("status", "is not an alert status");
        if (request.Type != Proto.AlertType.Unspecified && !Enum.IsDefined((AlertType)(int)request.Type)) v.Add("type", "is not an alert type");
        string? urn = null;
        if (!string.IsNullOrWhiteSpace(request.Urn))
        {
            if (Urn.TryParse(request.Urn, out var parsed, out var urnReason)) urn = parsed.Value.Value;
            else v.Add("urn", urnReason);
        }
        var paging = Paging.From(request.Page, v);
        var after = paging.SequenceKey(v);
        var laCode = v.Checked(la).Value;
        caller.RequireLocalAuthorityOf(laCode, OversightData);

        var query = db.Alerts.AsNoTracking().Where(a => a.LaCode == laCode);
        if (request.Status != Proto.AlertStatus.Unspecified)
        {
            var status = (AlertStatus)(int)request.Status;
            query = query.Where(a => a.Status == status);
        }
        if (request.Type != Proto.AlertType.Unspecified)
        {
            var type = (AlertType)(int)request.Type;
            query = query.Where(a => a.Type == type);
        }
        if (urn is not null) query = query.Where(a => a.Urn == urn);
        var total = await query.CountAsync(context.CancellationToken);
        if (after is { } before) query = query.Where(a => a.Sequence < before);
        var rows = await query.OrderByDescending(a => a.Sequence).Take(paging.PageSize + 1).ToListAsync(context.CancellationToken);
        var page = paging.Respond(rows, a => a.Sequence.ToString(), total);
        return new Proto.ListAlertsResponse { Alerts = { rows.Select(a => a.ToProto()) }, Page = page };
    }

    public override async Task<Proto.OversightAlert> GetAlert(Proto.GetAlertRequest request, ServerCallContext context) =>
        (await FindAsync(request.Id, context)).ToProto();

    public override Task<Proto.OversightAlert> AcknowledgeAlert(Proto.AcknowledgeAlertRequest request, ServerCallContext context)
    {
        var note = request.Note.Trim();
        if (note.Length > MaxTextLength) throw new RequestValidationException([new FieldViolation("note", $"must be at most {MaxTextLength} characters")]);
        return ChangeAsync(request.Id, context, (alert, by, now) => alert.Acknowledge(by, note.Length == 0 ? null : note, now),
            alert => new OversightAlertAcknowledged(alert.Id, alert.Type.ToString(), alert.LaCode, alert.AcknowledgedAt!.Value));
    }

    public override Task<Proto.OversightAlert> ResolveAlert(Proto.ResolveAlertRequest request, ServerCallContext context)
    {
        var resolution = request.Resolution.Trim();
        if (resolution.Length is 0 or > MaxTextLength)
            throw new RequestValidationException([new FieldViolation("resolution", $"is required: what was found or done, at most {MaxTextLength} characters")]);
        return ChangeAsync(request.Id, context, (alert, by, now) => alert.Resolve(by, resolution, now),
            alert => new OversightAlertResolved(alert.Id, alert.Type.ToString(), alert.LaCode, alert.ResolvedAt!.Value));
    }

    /// <summary>A change to an alert, announced (for the dashboard) in the same transaction when it changed anything.</summary>
    private async Task<Proto.OversightAlert> ChangeAsync(string id, ServerCallContext context, Func<OversightAlert, string, DateTimeOffset, bool> change,
        Func<OversightAlert, IntegrationEvent> announcement)
    {
        var alertId = ParseId(id);
        var caller = context.GetCaller();
        var actor = Actor(context);
        return await db.InTransactionAsync(async ct =>
        {
            // Concurrent changes to one alert take turns on its row; the second sees the first's outcome.
            var alert = await db.Alerts.FromSql($"SELECT * FROM oversight_alerts WHERE \"Id\" = {alertId} FOR UPDATE").SingleOrDefaultAsync(ct)
                ?? throw new NotFoundException("Alert", id);
            caller.RequireLocalAuthorityOf(alert.LaCode, OversightData);
            var now = clock.GetStorageNow();
            if (change(alert, actor, now))
            {
                db.EnqueueIntegrationEvent(announcement(alert) with { OccurredAt = now });
                await db.SaveChangesAsync(ct);
            }
            return alert.ToProto();
        }, context.CancellationToken);
    }

    private async Task<OversightAlert> FindAsync(string id, ServerCallContext context)
    {
        var alertId = ParseId(id);
        var alert = await db.Alerts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == alertId, context.CancellationToken) ?? throw new NotFoundException("Alert", id);
        context.GetCaller().RequireLocalAuthorityOf(alert.LaCode, OversightData);
        return alert;
    }

    private static Guid ParseId(string id) =>
        Guid.TryParse(id, out var alertId) ? alertId : throw new RequestValidationException([new FieldViolation("id", "is not an alert id")]);

    /// <summary>The organisation, and the person when the token names one: the audit of who acknowledged or resolved.</summary>
    private static string Actor(ServerCallContext context)
    {
        var caller = context.GetCaller();
        var person = context.GetHttpContext().User.FindFirst("sub")?.Value;
        return string.IsNullOrWhiteSpace(person) || person == caller.OrgId ? caller.OrgId : $"{caller.OrgId}/{person}";
    }
}
