using Npgsql;
using NpgsqlTypes;
using SendPlatform.Contracts.IntegrationEvents;

namespace SendPlatform.ServiceDefaults.Messaging;

/// <summary>
/// Outbox rows for many events as one statement, for a use case that writes a bulk return's rows itself (one INSERT
/// over unnest()ed arrays, where EF Core would send a statement per row). The caller runs it in its transaction and
/// tells <see cref="OutboxSignal"/> it has run (Written), as <see cref="OutboxSignalInterceptor"/> does for EF's saves.
/// </summary>
public static class OutboxRows
{
    public static NpgsqlBatchCommand Insert(IReadOnlyList<IntegrationEvent> events)
    {
        var rows = events.Select(OutboxMessage.For).ToArray();
        var command = new NpgsqlBatchCommand($"""
            INSERT INTO {MessagingModel.OutboxTable} ("Id", "EventType", "Payload", "OccurredAt", "NextAttemptAt", "Attempts")
            SELECT id, type, payload, at, at, 0 FROM unnest($1, $2, $3, $4) AS t(id, type, payload, at)
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = rows.Select(r => r.Id).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = rows.Select(r => r.EventType).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = rows.Select(r => r.Payload).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Jsonb });
        command.Parameters.Add(new NpgsqlParameter { Value = rows.Select(r => r.OccurredAt).ToArray() });
        return command;
    }
}
