using Npgsql;
using SendPlatform.PupilMovements.Domain;
using SendPlatform.PupilMovements.Domain.Oversight;
using SendPlatform.ServiceDefaults.Database;

namespace SendPlatform.PupilMovements.Data;

/// <summary>
/// What recording needs before it decides, in one round trip: the pupils' locks, then the register's LA for each
/// URN, the pupils and their movements (Transactions.LockAll: the reads take their snapshots once the locks are held).
/// Through EF Core it took three (the locks, the settings, the pupils with their movements), and a round trip costs
/// PostgreSQL a wake-up and a task switch, the largest part of its CPU per single notification (bench/RESULTS.md).
/// Written by hand because EF Core cannot put its queries in a batch with others. The columns are
/// <see cref="MovementWrites"/>' own, so MovementWritesTests holds them to EF's model, and MovementReadsTests holds
/// what is read here to what EF reads.
/// </summary>
public static class MovementReads
{
    public sealed record Found(Dictionary<string, RegisteredPupil> Pupils, ILookup<string, PupilMovement> Movements, Dictionary<string, string> SettingAreas);

    public static async Task<Found> LockAndReadAsync(MovementsDbContext db, string[] upns, string[] urns, CancellationToken cancellationToken)
    {
        await using var batch = db.Database.BatchInTransaction();
        batch.BatchCommands.Add(Transactions.LockAll([.. upns.Select(u => $"pupil:{u}")]));
        if (urns.Length > 0) batch.BatchCommands.Add(MovementWrites.Command(SettingsSql, urns));
        batch.BatchCommands.Add(MovementWrites.Command(PupilsSql, upns));
        batch.BatchCommands.Add(MovementWrites.Command(MovementsSql, upns));
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);

        var areas = new Dictionary<string, string>(StringComparer.Ordinal);
        if (urns.Length > 0)
        {
            await reader.NextResultAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) areas[reader.GetString(0)] = reader.GetString(1);
        }
        await reader.NextResultAsync(cancellationToken);
        var pupils = new Dictionary<string, RegisteredPupil>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            var pupil = Pupil(reader);
            pupils[pupil.Upn] = pupil;
        }
        await reader.NextResultAsync(cancellationToken);
        var movements = new List<PupilMovement>();
        while (await reader.ReadAsync(cancellationToken)) movements.Add(Movement(reader));
        return new Found(pupils, movements.ToLookup(m => m.Upn), areas);
    }

    private const string SettingsSql = """SELECT "Urn", "LaCode" FROM settings WHERE "Urn" = ANY($1)""";

    private static readonly string PupilsSql = $"""SELECT {MovementWrites.ColumnList(MovementWrites.PupilColumns)} FROM pupils WHERE "Upn" = ANY($1)""";

    private static readonly string MovementsSql = $"""SELECT {MovementWrites.ColumnList([.. MovementWrites.MovementColumns, "Sequence"])} FROM movements WHERE "Upn" = ANY($1)""";

    /// <summary>In <see cref="MovementWrites.PupilColumns"/>' order.</summary>
    private static RegisteredPupil Pupil(NpgsqlDataReader r) => RegisteredPupil.Stored(r.GetString(0), r.GetString(1), Enum.Parse<PupilStatus>(r.GetString(2)),
        Text(r, 3), Text(r, 4), r.GetFieldValue<DateOnly>(5), r.GetString(6), r.GetFieldValue<DateTimeOffset>(7));

    /// <summary>In <see cref="MovementWrites.MovementColumns"/>' order, then the sequence.</summary>
    private static PupilMovement Movement(NpgsqlDataReader r) => PupilMovement.Stored(
        id: r.GetGuid(0), sequence: r.GetInt64(19), upn: r.GetString(1), type: Enum.Parse<MovementType>(r.GetString(2)), effectiveDate: r.GetFieldValue<DateOnly>(3),
        fromUrn: Text(r, 4), toUrn: Text(r, 5), destination: Text(r, 6), deletionGround: Text(r, 7), suspensionDays: r.IsDBNull(8) ? null : r.GetInt32(8),
        pupil: new PupilFacts(r.GetFieldValue<DateOnly>(9), r.GetString(10), Text(r, 11)), responsibleLaCode: r.GetString(12),
        notifiedAt: r.GetFieldValue<DateTimeOffset>(13), recordedAt: r.GetFieldValue<DateTimeOffset>(14), notifiedBy: r.GetString(15), idempotencyKey: Text(r, 16),
        phase: Enum.Parse<SchoolPhase>(r.GetString(17)), countsTowardsOffRolling: r.GetBoolean(18));

    private static string? Text(NpgsqlDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetString(ordinal);
}
