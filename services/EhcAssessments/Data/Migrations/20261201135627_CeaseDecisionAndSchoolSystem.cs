using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SendPlatform.EhcAssessments.Data.Migrations
{
    /// <inheritdoc />
    public partial class CeaseDecisionAndSchoolSystem : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "CeaseDecidedOn",
                table: "ehc_cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SchoolSystem",
                table: "ehc_cases",
                type: "character varying(30)",
                maxLength: 30,
                nullable: false,
                // Cases recorded before the LA could say otherwise are primary and secondary, as they were timed.
                defaultValue: "PrimarySecondary");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CeaseDecidedOn",
                table: "ehc_cases");

            migrationBuilder.DropColumn(
                name: "SchoolSystem",
                table: "ehc_cases");
        }
    }
}
