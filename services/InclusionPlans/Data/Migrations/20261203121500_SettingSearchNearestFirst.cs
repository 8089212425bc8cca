using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SendPlatform.InclusionPlans.Data.Migrations
{
    /// <summary>
    /// A national search lists the nearest settings of a few thousand that qualify, so it now reads them nearest first
    /// from a GiST index on need and position (contrib's cube for the point, btree_gist for the need; both trusted
    /// extensions a database owner may create), holding the rest of what the search filters by so the scan needs no
    /// table row. It still counts every qualifying setting, from an index of need, type and ages alone, whose keys
    /// PostgreSQL deduplicates, so a count reads a small part of the pages the covering need, type and age index holds
    /// (bench/RESULTS.md, issue #18). That index stays for the searches that read every qualifying setting: a national
    /// one with fewer than a list's worth of the first choice. The position is a stored column computed from x, y and
    /// z, which the triggers keep as before and the limited search still reads from its band index.
    /// </summary>
    public partial class SettingSearchNearestFirst : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE EXTENSION IF NOT EXISTS cube;
                CREATE EXTENSION IF NOT EXISTS btree_gist;
                ALTER TABLE setting_search ADD COLUMN "Position" cube GENERATED ALWAYS AS (cube(ARRAY["X", "Y", "Z"])) STORED;
                CREATE INDEX "IX_setting_search_Need_Position" ON setting_search USING gist ("Need", "Position")
                    INCLUDE ("ProvisionType", "AgeFrom", "AgeTo", "Urn");
                CREATE INDEX "IX_setting_search_Need_ProvisionType_AgeFrom_AgeTo" ON setting_search ("Need", "ProvisionType", "AgeFrom", "AgeTo");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP INDEX "IX_setting_search_Need_ProvisionType_AgeFrom_AgeTo";
                DROP INDEX "IX_setting_search_Need_Position";
                ALTER TABLE setting_search DROP COLUMN "Position";
                DROP EXTENSION IF EXISTS btree_gist;
                DROP EXTENSION IF EXISTS cube;
                """);
        }
    }
}
