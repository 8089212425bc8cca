using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SendPlatform.InclusionDashboard.Data.Migrations
{
    /// <inheritdoc />
    public partial class ApOutcomes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ap_outcomes",
                columns: table => new
                {
                    PlacementId = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolYear = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    LaCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Tier = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ProviderUrn = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    AsOf = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EffectiveOutreach = table.Column<bool>(type: "boolean", nullable: true),
                    ImprovedAttendance = table.Column<bool>(type: "boolean", nullable: false),
                    Reintegration = table.Column<bool>(type: "boolean", nullable: true),
                    AttainmentEnglishAndMaths = table.Column<bool>(type: "boolean", nullable: false),
                    Post16Transitions = table.Column<bool>(type: "boolean", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ap_outcomes", x => new { x.PlacementId, x.SchoolYear });
                });

            migrationBuilder.CreateIndex(
                name: "IX_ap_outcomes_SchoolYear_LaCode",
                table: "ap_outcomes",
                columns: new[] { "SchoolYear", "LaCode" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ap_outcomes");
        }
    }
}
