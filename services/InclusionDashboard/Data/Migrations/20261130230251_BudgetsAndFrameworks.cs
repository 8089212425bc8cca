using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SendPlatform.InclusionDashboard.Data.Migrations
{
    /// <inheritdoc />
    public partial class BudgetsAndFrameworks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ap_budgets",
                columns: table => new
                {
                    LaCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    FinancialYear = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    Tier = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    SetAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ap_budgets", x => new { x.LaCode, x.FinancialYear, x.Tier });
                });

            migrationBuilder.CreateTable(
                name: "ap_commitments",
                columns: table => new
                {
                    LaCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    AsOf = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Committed = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ap_commitments", x => x.LaCode);
                });

            migrationBuilder.CreateTable(
                name: "funding_frameworks",
                columns: table => new
                {
                    FrameworkId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    FinancialYear = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_funding_frameworks", x => x.FrameworkId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_funding_frameworks_FinancialYear",
                table: "funding_frameworks",
                column: "FinancialYear");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ap_budgets");

            migrationBuilder.DropTable(
                name: "ap_commitments");

            migrationBuilder.DropTable(
                name: "funding_frameworks");
        }
    }
}
