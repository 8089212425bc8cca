using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SendPlatform.EhcAssessments.Data.Migrations
{
    /// <inheritdoc />
    public partial class Advice : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Advice",
                table: "ehc_cases",
                type: "jsonb",
                nullable: true);
            // Cases recorded before advice was kept have none: an empty list, as the model writes one.
            migrationBuilder.Sql("""UPDATE ehc_cases SET "Advice" = '[]' WHERE "Advice" IS NULL""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Advice",
                table: "ehc_cases");
        }
    }
}
