using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SendPlatform.InclusionDashboard.Data.Migrations
{
    /// <inheritdoc />
    public partial class EhcAppeals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ehc_appeals",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Subject = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DecisionOn = table.Column<DateOnly>(type: "date", nullable: false),
                    LaCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    RegisteredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    InTime = table.Column<bool>(type: "boolean", nullable: true),
                    Mediated = table.Column<bool>(type: "boolean", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ehc_appeals", x => new { x.CaseId, x.Subject, x.DecisionOn });
                });

            migrationBuilder.CreateIndex(
                name: "IX_ehc_appeals_LaCode_DecidedOn",
                table: "ehc_appeals",
                columns: new[] { "LaCode", "DecidedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ehc_appeals_LaCode_RegisteredOn",
                table: "ehc_appeals",
                columns: new[] { "LaCode", "RegisteredOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ehc_appeals");
        }
    }
}
