using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SendPlatform.InclusionPlans.Data.Migrations
{
    /// <summary>
    /// Each setting's position on the unit sphere as a 3-D point (contrib's cube, shipped with PostgreSQL), generated
    /// from its latitude and longitude (the formula of UnitSphere.Point), with a GiST index for a limited search's
    /// box; it replaces the latitude index, which only the search's old bounding box used.
    /// </summary>
    public partial class SettingPosition : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_settings_Latitude",
                table: "settings");
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS cube;");
            migrationBuilder.Sql("""
                ALTER TABLE settings ADD COLUMN "Position" cube GENERATED ALWAYS AS (cube(ARRAY[
                    cos(radians("Latitude")) * cos(radians("Longitude")),
                    cos(radians("Latitude")) * sin(radians("Longitude")),
                    sin(radians("Latitude"))])) STORED;
                """);
            migrationBuilder.Sql("""CREATE INDEX "IX_settings_Position" ON settings USING gist ("Position");""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""ALTER TABLE settings DROP COLUMN "Position";""");
            migrationBuilder.CreateIndex(
                name: "IX_settings_Latitude",
                table: "settings",
                column: "Latitude");
        }
    }
}
