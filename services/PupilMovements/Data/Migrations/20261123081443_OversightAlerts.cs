using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SendPlatform.PupilMovements.Data.Migrations
{
    /// <inheritdoc />
    public partial class OversightAlerts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "CountsTowardsOffRolling",
                table: "movements",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Phase",
                table: "movements",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "");

            // Movements recorded before this migration get the same derived facts PupilMovement.Record now sets:
            // the phase from the age on the 31 August starting the school year, and whether the deletion counts.
            migrationBuilder.Sql("""
                UPDATE movements SET "Phase" = CASE
                    WHEN date_part('year', age(make_date(CASE WHEN date_part('month', "EffectiveDate") >= 9 THEN date_part('year', "EffectiveDate")::int
                        ELSE date_part('year', "EffectiveDate")::int - 1 END, 8, 31), "DateOfBirth")) < 11 THEN 'Primary'
                    WHEN date_part('year', age(make_date(CASE WHEN date_part('month', "EffectiveDate") >= 9 THEN date_part('year', "EffectiveDate")::int
                        ELSE date_part('year', "EffectiveDate")::int - 1 END, 8, 31), "DateOfBirth")) < 16 THEN 'Secondary'
                    ELSE 'Post16' END,
                "CountsTowardsOffRolling" = ("Type" = 'Deletion' AND "SenProvision" IN ('E', 'K') AND "ToUrn" IS NULL
                    AND "DeletionGround" NOT IN ('REGISTERED_AT_ANOTHER_SCHOOL', 'DIED'));
                """);

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

            migrationBuilder.CreateIndex(
                name: "IX_movements_ResponsibleLaCode_Phase_EffectiveDate",
                table: "movements",
                columns: new[] { "ResponsibleLaCode", "Phase", "EffectiveDate" },
                filter: "\"Type\" = 'Deletion'");

            migrationBuilder.CreateIndex(
                name: "IX_ap_placements_PlannedEndDate",
                table: "ap_placements",
                column: "PlannedEndDate",
                filter: "\"EndedOn\" IS NULL");

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ap_placements");

            migrationBuilder.DropTable(
                name: "oversight_alerts");

            migrationBuilder.DropIndex(
                name: "IX_movements_ResponsibleLaCode_Phase_EffectiveDate",
                table: "movements");

            migrationBuilder.DropColumn(
                name: "CountsTowardsOffRolling",
                table: "movements");

            migrationBuilder.DropColumn(
                name: "Phase",
                table: "movements");
        }
    }
}
