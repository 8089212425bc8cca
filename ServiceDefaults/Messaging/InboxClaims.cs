using Microsoft.EntityFrameworkCore;

namespace SendPlatform.ServiceDefaults.Messaging;

/// <summary>
/// A consumer's claim on events, in its own transaction: an event already claimed (a redelivery, a duplicate, or one a
/// concurrent transaction holds, waited on) is left out of what is returned, so it changes state once.
/// </summary>
public static class InboxClaims
{
    public static async Task<HashSet<Guid>> ClaimAsync(this DbContext db, string consumer, IReadOnlyCollection<Guid> eventIds, CancellationToken cancellationToken)
    {
        var ids = eventIds.Distinct().ToArray();
        return (await db.Database.SqlQuery<Guid>($"""
            INSERT INTO inbox_messages ("MessageId", "Consumer", "ProcessedAt")
            SELECT id, {consumer}, {DateTimeOffset.UtcNow} FROM unnest({ids}) AS id
            ON CONFLICT DO NOTHING
            RETURNING "MessageId" AS "Value"
            """).ToListAsync(cancellationToken)).ToHashSet();
    }
}
