using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SendPlatform.InclusionDashboard.Data.Migrations
{
    /// <inheritdoc />
    public partial class SettingFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_ap_outcomes_SchoolYear_ProviderUrn",
                table: "ap_outcomes",
                columns: new[] { "SchoolYear", "ProviderUrn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ap_outcomes_SchoolYear_ProviderUrn",
                table: "ap_outcomes");
        }
    }
}
