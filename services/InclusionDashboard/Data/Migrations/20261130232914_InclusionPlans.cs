using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SendPlatform.InclusionDashboard.Data.Migrations
{
    /// <inheritdoc />
    public partial class InclusionPlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "inclusion_plans",
                columns: table => new
                {
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    LaCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Sufficiency = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inclusion_plans", x => x.PlanId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_inclusion_plans_LaCode",
                table: "inclusion_plans",
                column: "LaCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inclusion_plans");
        }
    }
}
