using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SendPlatform.EhcAssessments.Data.Migrations
{
    /// <inheritdoc />
    public partial class RedressAdviceAndTopUp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TopUp",
                table: "ehc_plan_versions",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Advice",
                table: "ehc_cases",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Disagreements",
                table: "ehc_cases",
                type: "jsonb",
                nullable: true);

            // Cases recorded before advice and redress were kept have neither: empty lists, as the model writes them.
            migrationBuilder.Sql("""UPDATE ehc_cases SET "Advice" = '[]', "Disagreements" = '[]'""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "TopUp",
                table: "ehc_plan_versions");

            migrationBuilder.DropColumn(
                name: "Advice",
                table: "ehc_cases");

            migrationBuilder.DropColumn(
                name: "Disagreements",
                table: "ehc_cases");
        }
    }
}
