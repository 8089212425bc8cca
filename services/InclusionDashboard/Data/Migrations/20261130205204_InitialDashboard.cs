using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SendPlatform.InclusionDashboard.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialDashboard : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ap_placement_counts",
                columns: table => new
                {
                    AreaCode = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    Tier = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Stage = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Count = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ap_placement_counts", x => new { x.AreaCode, x.Month, x.Tier, x.Stage });
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "uuid", nullable: false),
                    Consumer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ProcessedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbox_messages", x => new { x.MessageId, x.Consumer });
                });

            migrationBuilder.CreateTable(
                name: "movement_counts",
                columns: table => new
                {
                    AreaCode = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    EventType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SenProvision = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    PrimaryNeed = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    DeletionGround = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Count = table.Column<long>(type: "bigint", nullable: false),
                    Days = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_movement_counts", x => new { x.AreaCode, x.Month, x.EventType, x.SenProvision, x.PrimaryNeed, x.DeletionGround });
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventType = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Payload = table.Column<string>(type: "jsonb", nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DispatchedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "oversight_alerts",
                columns: table => new
                {
                    AlertId = table.Column<Guid>(type: "uuid", nullable: false),
                    LaCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Type = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    RaisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DueBy = table.Column<DateOnly>(type: "date", nullable: true),
                    AcknowledgedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ResolvedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_oversight_alerts", x => x.AlertId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_NextAttemptAt_OccurredAt",
                table: "outbox_messages",
                columns: new[] { "NextAttemptAt", "OccurredAt" },
                filter: "\"DispatchedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_oversight_alerts_LaCode_RaisedAt",
                table: "oversight_alerts",
                columns: new[] { "LaCode", "RaisedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ap_placement_counts");

            migrationBuilder.DropTable(
                name: "inbox_messages");

            migrationBuilder.DropTable(
                name: "movement_counts");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "oversight_alerts");
        }
    }
}
