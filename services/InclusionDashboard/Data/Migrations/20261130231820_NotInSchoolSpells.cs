using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SendPlatform.InclusionDashboard.Data.Migrations
{
    /// <inheritdoc />
    public partial class NotInSchoolSpells : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "not_in_school_spells",
                columns: table => new
                {
                    PupilKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    LaCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_not_in_school_spells", x => new { x.PupilKey, x.From });
                });

            migrationBuilder.CreateTable(
                name: "pupil_status_points",
                columns: table => new
                {
                    MovementId = table.Column<Guid>(type: "uuid", nullable: false),
                    PupilKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    EffectiveDate = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    LaCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pupil_status_points", x => x.MovementId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_not_in_school_spells_LaCode_From",
                table: "not_in_school_spells",
                columns: new[] { "LaCode", "From" });

            migrationBuilder.CreateIndex(
                name: "IX_pupil_status_points_PupilKey",
                table: "pupil_status_points",
                column: "PupilKey");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "not_in_school_spells");

            migrationBuilder.DropTable(
                name: "pupil_status_points");
        }
    }
}
