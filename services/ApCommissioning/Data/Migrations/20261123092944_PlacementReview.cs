using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SendPlatform.ApCommissioning.Data.Migrations
{
    /// <inheritdoc />
    public partial class PlacementReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ReviewFlaggedAt",
                table: "ap_placements",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewReason",
                table: "ap_placements",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ap_placements_Upn",
                table: "ap_placements",
                column: "Upn");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ap_placements_Upn",
                table: "ap_placements");

            migrationBuilder.DropColumn(
                name: "ReviewFlaggedAt",
                table: "ap_placements");

            migrationBuilder.DropColumn(
                name: "ReviewReason",
                table: "ap_placements");
        }
    }
}
