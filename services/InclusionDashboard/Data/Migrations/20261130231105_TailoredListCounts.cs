using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SendPlatform.InclusionDashboard.Data.Migrations
{
    /// <inheritdoc />
    public partial class TailoredListCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "tailored_list_counts",
                columns: table => new
                {
                    AreaCode = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    FirstProvisionType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Count = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tailored_list_counts", x => new { x.AreaCode, x.Month, x.FirstProvisionType });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "tailored_list_counts");
        }
    }
}
