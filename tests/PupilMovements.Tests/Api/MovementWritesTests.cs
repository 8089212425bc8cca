using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SendPlatform.PupilMovements.Data;
using SendPlatform.ServiceDefaults.Messaging;

namespace SendPlatform.PupilMovements.Tests.Api;

/// <summary>
/// The recording's own INSERTs (<see cref="MovementWrites"/>, <see cref="OutboxRows"/>) write every column EF's model
/// maps, but those the database fills: a column added by a migration fails here until it is written there too.
/// </summary>
public sealed class MovementWritesTests(MovementsService service) : IClassFixture<MovementsService>
{
    private string[] ColumnsOf(string table)
    {
        using var scope = service.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MovementsDbContext>();
        return db.Model.GetRelationalModel().FindTable(table, null)!.Columns.Select(c => c.Name).Order().ToArray();
    }

    [Fact]
    public void Movements_are_written_with_every_column_but_the_recording_order_the_database_numbers()
    {
        Assert.Equal(ColumnsOf("movements"), MovementWrites.MovementColumns.Append("Sequence").Order().ToArray());
    }

    [Fact]
    public void Pupils_are_written_with_every_column()
    {
        Assert.Equal(ColumnsOf("pupils"), MovementWrites.PupilColumns.Order().ToArray());
    }

    [Fact]
    public void Outbox_rows_are_written_with_every_column_but_those_of_a_later_dispatch()
    {
        var written = OutboxRows.Insert([]).CommandText;
        var columns = ColumnsOf(MessagingModel.OutboxTable);
        Assert.Equal(["DispatchedAt", "LastError"], columns.Where(c => !written.Contains($"\"{c}\"")).ToArray());
    }
}
