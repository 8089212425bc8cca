using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SendPlatform.PupilMovements.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialMovements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ap_placements",
                columns: table => new
                {
                    PlacementId = table.Column<Guid>(type: "uuid", nullable: false),
                    Upn = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: false),
                    LaCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Tier = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ProviderUrn = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    HomeSchoolUrn = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    PlannedEndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ap_placements", x => x.PlacementId);
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
                name: "movements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    Upn = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: false),
                    Type = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    EffectiveDate = table.Column<DateOnly>(type: "date", nullable: false),
                    FromUrn = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    ToUrn = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    Destination = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    DeletionGround = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    SuspensionDays = table.Column<int>(type: "integer", nullable: true),
                    DateOfBirth = table.Column<DateOnly>(type: "date", nullable: false),
                    SenProvision = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    PrimaryNeed = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    ResponsibleLaCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    NotifiedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    NotifiedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IdempotencyKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Phase = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    CountsTowardsOffRolling = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_movements", x => x.Id);
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    OccurrenceKey = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Severity = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    LaCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Upn = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: true),
                    Urn = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    Phase = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    RaisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DueBy = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(14)", maxLength: 14, nullable: false),
                    AcknowledgedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    AcknowledgedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AcknowledgementNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ResolvedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ResolvedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Resolution = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_oversight_alerts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "pupils",
                columns: table => new
                {
                    Upn = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: false),
                    ResponsibleLaCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StatusUrn = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    Destination = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    StatusSince = table.Column<DateOnly>(type: "date", nullable: false),
                    SenProvision = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pupils", x => x.Upn);
                });

            migrationBuilder.CreateTable(
                name: "settings",
                columns: table => new
                {
                    Urn = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    LaCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_settings", x => x.Urn);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ap_placements_PlannedEndDate",
                table: "ap_placements",
                column: "PlannedEndDate",
                filter: "\"EndedOn\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_movements_NotifiedBy_IdempotencyKey",
                table: "movements",
                columns: new[] { "NotifiedBy", "IdempotencyKey" },
                unique: true,
                filter: "\"IdempotencyKey\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_movements_ResponsibleLaCode_EffectiveDate",
                table: "movements",
                columns: new[] { "ResponsibleLaCode", "EffectiveDate" });

            migrationBuilder.CreateIndex(
                name: "IX_movements_ResponsibleLaCode_Phase_EffectiveDate",
                table: "movements",
                columns: new[] { "ResponsibleLaCode", "Phase", "EffectiveDate" },
                filter: "\"Type\" = 'Deletion'");

            migrationBuilder.CreateIndex(
                name: "IX_movements_Upn_EffectiveDate",
                table: "movements",
                columns: new[] { "Upn", "EffectiveDate" });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_NextAttemptAt_OccurredAt",
                table: "outbox_messages",
                columns: new[] { "NextAttemptAt", "OccurredAt" },
                filter: "\"DispatchedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_oversight_alerts_LaCode_Status_Sequence",
                table: "oversight_alerts",
                columns: new[] { "LaCode", "Status", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_oversight_alerts_LaCode_Urn_Phase",
                table: "oversight_alerts",
                columns: new[] { "LaCode", "Urn", "Phase" },
                filter: "\"Type\" = 'OffRollingSignal' AND \"Status\" <> 'Resolved'");

            migrationBuilder.CreateIndex(
                name: "IX_oversight_alerts_OccurrenceKey",
                table: "oversight_alerts",
                column: "OccurrenceKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_oversight_alerts_Upn_RaisedAt",
                table: "oversight_alerts",
                columns: new[] { "Upn", "RaisedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_pupils_ResponsibleLaCode_Status_Upn",
                table: "pupils",
                columns: new[] { "ResponsibleLaCode", "Status", "Upn" });

            migrationBuilder.CreateIndex(
                name: "IX_pupils_Status_StatusSince",
                table: "pupils",
                columns: new[] { "Status", "StatusSince" },
                filter: "\"Status\" IN ('MissingEducation', 'NotInSchool')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ap_placements");

            migrationBuilder.DropTable(
                name: "inbox_messages");

            migrationBuilder.DropTable(
                name: "movements");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "oversight_alerts");

            migrationBuilder.DropTable(
                name: "pupils");

            migrationBuilder.DropTable(
                name: "settings");
        }
    }
}
