using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SendPlatform.EhcAssessments.Data.Migrations
{
    /// <inheritdoc />
    public partial class PlanTopUp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TopUp",
                table: "ehc_plan_versions",
                type: "jsonb",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "TopUp",
                table: "ehc_plan_versions");
        }
    }
}
