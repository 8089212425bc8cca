using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SendPlatform.ApCommissioning.Data.Migrations
{
    /// <inheritdoc />
    public partial class OutcomeReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ap_outcome_reports",
                columns: table => new
                {
                    PlacementId = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolYear = table.Column<int>(type: "integer", nullable: false),
                    Term = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    AttendanceBefore = table.Column<decimal>(type: "numeric(4,1)", precision: 4, scale: 1, nullable: false),
                    AttendanceDuring = table.Column<decimal>(type: "numeric(4,1)", precision: 4, scale: 1, nullable: false),
                    EnglishSteps = table.Column<int>(type: "integer", nullable: false),
                    MathsSteps = table.Column<int>(type: "integer", nullable: false),
                    OutreachSessions = table.Column<int>(type: "integer", nullable: false),
                    Outreach = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    SustainedTwoTerms = table.Column<bool>(type: "boolean", nullable: true),
                    ReportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReportedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ap_outcome_reports", x => new { x.PlacementId, x.SchoolYear, x.Term });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ap_outcome_reports");
        }
    }
}
