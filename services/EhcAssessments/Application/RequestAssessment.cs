using Microsoft.EntityFrameworkCore;
using SendPlatform.EhcAssessments.Data;
using SendPlatform.EhcAssessments.Domain.Cases;
using SendPlatform.EhcAssessments.Events;
using SendPlatform.ServiceDefaults.Database;
using SendPlatform.ServiceDefaults.Messaging;

namespace SendPlatform.EhcAssessments.Application;

/// <summary>
/// A request for an EHC needs assessment reaching the responsible LA. The LA records any request it received; a
/// school or AP provider may make one itself, on a child's behalf, naming itself as the requesting setting. The case and EhcRequestReceived commit together; a repeated idempotency key answers with the first case.
/// </summary>
public sealed class RequestAssessment(EhcDbContext db, TimeProvider clock)
{
    public async Task<EhcCase> RequestAsync(CallerOrganisation caller, string? key, AssessmentRequest request, CancellationToken cancellationToken)
    {
        Authorise(caller, request);
        return await db.CreateOnceAsync(key, (k, ct) => db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.RecordedBy == caller.OrgId && c.IdempotencyKey == k, ct),
            async ct =>
            {
                var now = clock.GetStorageNow();
                var created = EhcCase.Receive(request, caller.OrgId, key, now);
                db.Cases.Add(created);
                db.EnqueueIntegrationEvent(EhcCaseEvents.Received(created, now));
                await db.SaveChangesAsync(ct);
                return created;
            }, cancellationToken);
    }

    private static void Authorise(CallerOrganisation caller, AssessmentRequest request)
    {
        if (caller.Type is OrganisationType.School or OrganisationType.ApProvider)
        {
            if (request.Source != RequestSource.Setting)
                throw new PermissionDeniedException("A setting may only make a request as the requesting setting (source SETTING); the LA records a parent's or young person's.");
            if (request.SettingUrn != caller.OrgId)
                throw new PermissionDeniedException($"A setting may make a request only as itself ({caller.OrgId}), not as setting {request.SettingUrn}.");
            return;
        }
        caller.RequireLocalAuthorityOf(request.LaCode, "record a request for an EHC needs assessment for a child in its area");
    }
}
