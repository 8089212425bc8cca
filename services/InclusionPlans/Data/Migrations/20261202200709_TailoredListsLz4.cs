using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SendPlatform.InclusionPlans.Data.Migrations
{
    /// <summary>
    /// A kept list's settings run to several kilobytes, so PostgreSQL compresses every one it stores, and pglz (its
    /// default) showed in the tailored lists' CPU profile. lz4 costs a fraction of its CPU for a slightly larger
    /// document (bench/RESULTS.md). Set in SQL: the EF provider's column option left the model unchanged here.
    /// Documents already stored keep pglz until rewritten; both read back alike.
    /// </summary>
    public partial class TailoredListsLz4 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""ALTER TABLE tailored_lists ALTER COLUMN "Settings" SET COMPRESSION lz4;""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""ALTER TABLE tailored_lists ALTER COLUMN "Settings" SET COMPRESSION pglz;""");
        }
    }
}
