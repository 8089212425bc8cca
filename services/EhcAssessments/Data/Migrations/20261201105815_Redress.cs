using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SendPlatform.EhcAssessments.Data.Migrations
{
    /// <inheritdoc />
    public partial class Redress : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Disagreements",
                table: "ehc_cases",
                type: "jsonb",
                nullable: true);
            // Cases recorded before redress have no disagreements: an empty list, as the model writes one.
            migrationBuilder.Sql("""UPDATE ehc_cases SET "Disagreements" = '[]' WHERE "Disagreements" IS NULL""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Disagreements",
                table: "ehc_cases");
        }
    }
}
