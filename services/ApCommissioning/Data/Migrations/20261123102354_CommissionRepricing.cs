using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SendPlatform.ApCommissioning.Data.Migrations
{
    /// <inheritdoc />
    public partial class CommissionRepricing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "RepricedAt",
                table: "ap_commissions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RepricedFor",
                table: "ap_commissions",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ap_commissions_Start",
                table: "ap_commissions",
                column: "Start");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ap_commissions_Start",
                table: "ap_commissions");

            migrationBuilder.DropColumn(
                name: "RepricedAt",
                table: "ap_commissions");

            migrationBuilder.DropColumn(
                name: "RepricedFor",
                table: "ap_commissions");
        }
    }
}
