using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SendPlatform.ApCommissioning.Data.Migrations
{
    /// <inheritdoc />
    public partial class Placements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ap_placements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CommissionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProviderId = table.Column<Guid>(type: "uuid", nullable: false),
                    LaCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Tier = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PlaceNumber = table.Column<int>(type: "integer", nullable: false),
                    Upn = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: false),
                    DateOfBirth = table.Column<DateOnly>(type: "date", nullable: false),
                    SenProvision = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    PrimaryNeed = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    LookedAfter = table.Column<bool>(type: "boolean", nullable: false),
                    FullTime = table.Column<bool>(type: "boolean", nullable: false),
                    Start = table.Column<DateOnly>(type: "date", nullable: false),
                    PlannedEnd = table.Column<DateOnly>(type: "date", nullable: true),
                    HomeSchoolUrn = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    DestinationUrn = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    Post16Destination = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    OutcomeDestinationUrn = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    OutcomeReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    PlacedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PlacedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IdempotencyKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ap_placements", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ap_placements_CommissionId_EndDate",
                table: "ap_placements",
                columns: new[] { "CommissionId", "EndDate" });

            migrationBuilder.CreateIndex(
                name: "IX_ap_placements_PlacedBy_IdempotencyKey",
                table: "ap_placements",
                columns: new[] { "PlacedBy", "IdempotencyKey" },
                unique: true,
                filter: "\"IdempotencyKey\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_ap_placements_ProviderId_EndDate",
                table: "ap_placements",
                columns: new[] { "ProviderId", "EndDate" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ap_placements");
        }
    }
}
