using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SendPlatform.PupilMovements.Data.Migrations
{
    /// <inheritdoc />
    public partial class MissingEducationSweepIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_pupils_Status_StatusSince",
                table: "pupils",
                columns: new[] { "Status", "StatusSince" },
                filter: "\"Status\" IN ('MissingEducation', 'NotInSchool')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_pupils_Status_StatusSince",
                table: "pupils");
        }
    }
}
