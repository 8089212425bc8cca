using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SendPlatform.InclusionDashboard.Data.Migrations
{
    /// <inheritdoc />
    public partial class EhcCases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ehc_cases",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    LaCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AssessmentDecision = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    AssessmentDecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AssessmentInTime = table.Column<bool>(type: "boolean", nullable: true),
                    IssueDecision = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    IssueDecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PlanIssuedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PlanInTime = table.Column<bool>(type: "boolean", nullable: true),
                    HadException = table.Column<bool>(type: "boolean", nullable: true),
                    PrimaryNeed = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    CeasedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CeaseReason = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ehc_cases", x => x.CaseId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ehc_cases_LaCode_CeasedOn",
                table: "ehc_cases",
                columns: new[] { "LaCode", "CeasedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ehc_cases_LaCode_PlanIssuedOn",
                table: "ehc_cases",
                columns: new[] { "LaCode", "PlanIssuedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ehc_cases_LaCode_ReceivedOn",
                table: "ehc_cases",
                columns: new[] { "LaCode", "ReceivedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ehc_cases");
        }
    }
}
