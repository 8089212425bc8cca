using Npgsql;
using NpgsqlTypes;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.InclusionPlans.Domain.TailoredLists;
using SendPlatform.ServiceDefaults.Database;
using SendPlatform.ServiceDefaults.Messaging;

namespace SendPlatform.InclusionPlans.Data;

/// <summary>
/// Keeps a drawn list and its TailoredListDrawn event as one batch of two INSERTs in one round trip, outside any
/// transaction (<see cref="Transactions.ExecuteBatchAsync"/>): both rows are committed or neither is, as EF Core's
/// SaveChanges would, which takes a second round trip for its COMMIT and tracks what it
/// saves: in alternating runs of bench/tailored-lists.sh, inclusion-plans spent 0.65-1.06 ms a list written so against
/// 0.97-1.21 ms through SaveChanges (bench/RESULTS.md, issue #18). TailoredListWritesTests holds the
/// columns written here to EF's model. A repeated idempotency key fails here, on the key's unique index
/// (<see cref="CreateOnce"/> answers with the first list).
/// </summary>
public static class TailoredListWrites
{
    public static readonly string[] Columns =
        ["Id", "LaCode", "Child", "StandardsVersion", "Settings", "TotalMatching", "CreatedAt", "CreatedBy", "IdempotencyKey", "HomeRemovedAt"];

    private static readonly string InsertSql =
        $"INSERT INTO tailored_lists ({string.Join(", ", Columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", Columns.Select((_, i) => $"${i + 1}"))})";

    public static Task WriteAsync(PlansDbContext db, TailoredList list, IntegrationEvent drawn, CancellationToken cancellationToken) =>
        db.Database.ExecuteBatchAsync([Insert(list), OutboxRows.Insert([drawn])], cancellationToken);

    private static NpgsqlBatchCommand Insert(TailoredList l) => new(InsertSql)
    {
        Parameters =
        {
            new NpgsqlParameter<Guid> { TypedValue = l.Id },
            new NpgsqlParameter<string> { TypedValue = l.LaCode },
            new NpgsqlParameter<string> { TypedValue = JsonDocumentProperty.Serialize(l.Child), NpgsqlDbType = NpgsqlDbType.Jsonb },
            new NpgsqlParameter<string> { TypedValue = l.StandardsVersion },
            new NpgsqlParameter<string> { TypedValue = JsonDocumentProperty.Serialize(l.Settings), NpgsqlDbType = NpgsqlDbType.Jsonb },
            new NpgsqlParameter<int> { TypedValue = l.TotalMatching },
            new NpgsqlParameter<DateTimeOffset> { TypedValue = l.CreatedAt },
            new NpgsqlParameter<string> { TypedValue = l.CreatedBy },
            new NpgsqlParameter { Value = (object?)l.IdempotencyKey ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Varchar },
            new NpgsqlParameter { Value = (object?)l.HomeRemovedAt ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz },
        },
    };
}
