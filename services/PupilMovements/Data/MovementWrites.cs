using Npgsql;
using SendPlatform.Contracts.IntegrationEvents;
using SendPlatform.PupilMovements.Domain;
using SendPlatform.ServiceDefaults.Database;
using SendPlatform.ServiceDefaults.Messaging;

namespace SendPlatform.PupilMovements.Data;

/// <summary>
/// Writes what recording a chunk of movements changed (the movements, their pupils' statuses and the PupilMoved
/// events) as three statements in one round trip, however many movements there are: each table takes one INSERT over
/// unnest()ed arrays, where EF Core sends one statement per row (300 for a bulk return's chunk of 100). Written by
/// hand because EF Core has no multi-row insert for PostgreSQL and the libraries that add one are commercially
/// licensed (EFCore.BulkExtensions) or bring a second ORM (linq2db). MovementWritesTests holds the columns written
/// here to EF's model, so a migration that adds a column fails a test until it is written here too.
/// The caller holds the pupils' locks, so a pupil's upsert cannot race another recording for them.
/// </summary>
public static class MovementWrites
{
    public static async Task WriteAsync(MovementsDbContext db, IReadOnlyList<PupilMovement> movements, IReadOnlyCollection<RegisteredPupil> pupils,
        IReadOnlyList<IntegrationEvent> events, CancellationToken cancellationToken)
    {
        await using var batch = db.Database.BatchInTransaction();
        batch.BatchCommands.Add(Movements(movements));
        batch.BatchCommands.Add(Pupils(pupils));
        batch.BatchCommands.Add(OutboxRows.Insert(events));
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    public static readonly string[] MovementColumns =
    [
        "Id", "Upn", "Type", "EffectiveDate", "FromUrn", "ToUrn", "Destination", "DeletionGround", "SuspensionDays", "DateOfBirth",
        "SenProvision", "PrimaryNeed", "ResponsibleLaCode", "NotifiedAt", "RecordedAt", "NotifiedBy", "IdempotencyKey", "Phase", "CountsTowardsOffRolling",
    ];

    public static readonly string[] PupilColumns = ["Upn", "ResponsibleLaCode", "Status", "StatusUrn", "Destination", "StatusSince", "SenProvision", "UpdatedAt"];

    private static readonly string MovementsSql = InsertSql("movements", MovementColumns, "");

    /// <summary>New pupils are added, known ones take their recomputed status.</summary>
    private static readonly string PupilsSql = InsertSql("pupils", PupilColumns,
        $"""ON CONFLICT ("Upn") DO UPDATE SET {string.Join(", ", PupilColumns.Skip(1).Select(c => $"\"{c}\" = excluded.\"{c}\""))}""");

    private static NpgsqlBatchCommand Movements(IReadOnlyList<PupilMovement> m) => Command(MovementsSql,
        m.Select(x => x.Id).ToArray(), m.Select(x => x.Upn).ToArray(), m.Select(x => x.Type.ToString()).ToArray(), m.Select(x => x.EffectiveDate).ToArray(),
        m.Select(x => x.FromUrn).ToArray(), m.Select(x => x.ToUrn).ToArray(), m.Select(x => x.Destination).ToArray(), m.Select(x => x.DeletionGround).ToArray(),
        m.Select(x => x.SuspensionDays).ToArray(), m.Select(x => x.Pupil.DateOfBirth).ToArray(), m.Select(x => x.Pupil.SenProvision).ToArray(),
        m.Select(x => x.Pupil.PrimaryNeed).ToArray(), m.Select(x => x.ResponsibleLaCode).ToArray(), m.Select(x => x.NotifiedAt).ToArray(),
        m.Select(x => x.RecordedAt).ToArray(), m.Select(x => x.NotifiedBy).ToArray(), m.Select(x => x.IdempotencyKey).ToArray(),
        m.Select(x => x.Phase.ToString()).ToArray(), m.Select(x => x.CountsTowardsOffRolling).ToArray());

    private static NpgsqlBatchCommand Pupils(IReadOnlyCollection<RegisteredPupil> p) => Command(PupilsSql,
        p.Select(x => x.Upn).ToArray(), p.Select(x => x.ResponsibleLaCode).ToArray(), p.Select(x => x.Status.ToString()).ToArray(),
        p.Select(x => x.StatusUrn).ToArray(), p.Select(x => x.Destination).ToArray(), p.Select(x => x.StatusSince).ToArray(),
        p.Select(x => x.SenProvision).ToArray(), p.Select(x => x.UpdatedAt).ToArray());

    /// <summary>One INSERT taking a column from each array, in the arrays' order, so the movements' identity column numbers them as they were recorded.</summary>
    private static string InsertSql(string table, string[] columns, string onConflict)
    {
        var aliases = string.Join(", ", columns.Select((_, i) => $"c{i}"));
        return $"""
            INSERT INTO {table} ({ColumnList(columns)})
            SELECT {aliases} FROM unnest({string.Join(", ", columns.Select((_, i) => $"${i + 1}"))}) WITH ORDINALITY AS t({aliases}, n) ORDER BY n
            {onConflict}
            """;
    }

    /// <summary>The columns, quoted, for a statement's column list (MovementReads reads the same ones).</summary>
    internal static string ColumnList(IEnumerable<string> columns) => string.Join(", ", columns.Select(c => $"\"{c}\""));

    /// <summary>A statement taking one array parameter per column, in order.</summary>
    internal static NpgsqlBatchCommand Command(string sql, params Array[] columns)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var values in columns) command.Parameters.Add(new NpgsqlParameter { Value = values });
        return command;
    }
}
