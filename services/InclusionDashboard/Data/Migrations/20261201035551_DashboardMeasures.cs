using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SendPlatform.InclusionDashboard.Data.Migrations
{
    /// <inheritdoc />
    public partial class DashboardMeasures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<string>>(
                name: "BlockingFindings",
                table: "inclusion_plans",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.CreateTable(
                name: "ap_outcomes",
                columns: table => new
                {
                    PlacementId = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolYear = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    LaCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Tier = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ProviderUrn = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    AsOf = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EffectiveOutreach = table.Column<bool>(type: "boolean", nullable: true),
                    ImprovedAttendance = table.Column<bool>(type: "boolean", nullable: false),
                    Reintegration = table.Column<bool>(type: "boolean", nullable: true),
                    AttainmentEnglishAndMaths = table.Column<bool>(type: "boolean", nullable: false),
                    Post16Transitions = table.Column<bool>(type: "boolean", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ap_outcomes", x => new { x.PlacementId, x.SchoolYear });
                });

            migrationBuilder.CreateTable(
                name: "data_protection_keys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_data_protection_keys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "pupil_headcounts",
                columns: table => new
                {
                    AcademicYear = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    LaCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Headcount = table.Column<long>(type: "bigint", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pupil_headcounts", x => new { x.AcademicYear, x.LaCode });
                });

            migrationBuilder.CreateIndex(
                name: "IX_ap_outcomes_SchoolYear_LaCode",
                table: "ap_outcomes",
                columns: new[] { "SchoolYear", "LaCode" });

            migrationBuilder.CreateIndex(
                name: "IX_ap_outcomes_SchoolYear_ProviderUrn",
                table: "ap_outcomes",
                columns: new[] { "SchoolYear", "ProviderUrn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ap_outcomes");

            migrationBuilder.DropTable(
                name: "data_protection_keys");

            migrationBuilder.DropTable(
                name: "pupil_headcounts");

            migrationBuilder.DropColumn(
                name: "BlockingFindings",
                table: "inclusion_plans");
        }
    }
}
