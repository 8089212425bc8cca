using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SendPlatform.InclusionDashboard.Data.Migrations
{
    /// <inheritdoc />
    public partial class ApPlacementsAndAlerts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ap_placement_counts",
                columns: table => new
                {
                    LaCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    Tier = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Stage = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Count = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ap_placement_counts", x => new { x.LaCode, x.Month, x.Tier, x.Stage });
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
                name: "IX_ap_placement_counts_Month",
                table: "ap_placement_counts",
                column: "Month");

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
                name: "oversight_alerts");
        }
    }
}
