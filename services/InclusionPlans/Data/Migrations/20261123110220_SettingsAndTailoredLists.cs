using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SendPlatform.InclusionPlans.Data.Migrations
{
    /// <inheritdoc />
    public partial class SettingsAndTailoredLists : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "settings",
                columns: table => new
                {
                    Urn = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    LaCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    ProvisionType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Phase = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    AgeFrom = table.Column<int>(type: "integer", nullable: false),
                    AgeTo = table.Column<int>(type: "integer", nullable: false),
                    Latitude = table.Column<double>(type: "double precision", nullable: false),
                    Longitude = table.Column<double>(type: "double precision", nullable: false),
                    Places = table.Column<string>(type: "jsonb", nullable: false),
                    Needs = table.Column<string[]>(type: "text[]", nullable: false),
                    TotalPlaces = table.Column<int>(type: "integer", nullable: false),
                    PlacesFilled = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_settings", x => x.Urn);
                });

            migrationBuilder.CreateTable(
                name: "tailored_lists",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LaCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Child = table.Column<string>(type: "jsonb", nullable: false),
                    StandardsVersion = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Settings = table.Column<string>(type: "jsonb", nullable: false),
                    TotalMatching = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IdempotencyKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tailored_lists", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_settings_LaCode_Urn",
                table: "settings",
                columns: new[] { "LaCode", "Urn" });

            migrationBuilder.CreateIndex(
                name: "IX_settings_Latitude",
                table: "settings",
                column: "Latitude");

            migrationBuilder.CreateIndex(
                name: "IX_settings_Needs",
                table: "settings",
                column: "Needs")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "IX_settings_ProvisionType",
                table: "settings",
                column: "ProvisionType");

            migrationBuilder.CreateIndex(
                name: "IX_tailored_lists_CreatedBy_IdempotencyKey",
                table: "tailored_lists",
                columns: new[] { "CreatedBy", "IdempotencyKey" },
                unique: true,
                filter: "\"IdempotencyKey\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "settings");

            migrationBuilder.DropTable(
                name: "tailored_lists");
        }
    }
}
