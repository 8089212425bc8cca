using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SendPlatform.ApCommissioning.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialAp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ap_budget_lines",
                columns: table => new
                {
                    LaCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    StartYear = table.Column<int>(type: "integer", nullable: false),
                    Tier = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    SetAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SetBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ap_budget_lines", x => new { x.LaCode, x.StartYear, x.Tier });
                });

            migrationBuilder.CreateTable(
                name: "ap_commissions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    LaCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    ProviderId = table.Column<Guid>(type: "uuid", nullable: false),
                    Tier = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Places = table.Column<int>(type: "integer", nullable: false),
                    Start = table.Column<DateOnly>(type: "date", nullable: false),
                    End = table.Column<DateOnly>(type: "date", nullable: false),
                    Band = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    OverrideReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CommissionedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CommissionedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IdempotencyKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    RepricedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RepricedFor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Costs = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ap_commissions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ap_outcome_reports",
                columns: table => new
                {
                    PlacementId = table.Column<Guid>(type: "uuid", nullable: false),
                    SchoolYear = table.Column<int>(type: "integer", nullable: false),
                    Term = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    AttendanceBefore = table.Column<decimal>(type: "numeric(4,1)", precision: 4, scale: 1, nullable: false),
                    AttendanceDuring = table.Column<decimal>(type: "numeric(4,1)", precision: 4, scale: 1, nullable: false),
                    EnglishSteps = table.Column<int>(type: "integer", nullable: false),
                    MathsSteps = table.Column<int>(type: "integer", nullable: false),
                    OutreachSessions = table.Column<int>(type: "integer", nullable: false),
                    Outreach = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    SustainedTwoTerms = table.Column<bool>(type: "boolean", nullable: true),
                    ReportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReportedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ap_outcome_reports", x => new { x.PlacementId, x.SchoolYear, x.Term });
                });

            migrationBuilder.CreateTable(
                name: "ap_placements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CommissionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProviderId = table.Column<Guid>(type: "uuid", nullable: false),
                    LaCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Tier = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PlaceNumber = table.Column<int>(type: "integer", nullable: false),
                    Upn = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: false),
                    DateOfBirth = table.Column<DateOnly>(type: "date", nullable: false),
                    SenProvision = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    PrimaryNeed = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    LookedAfter = table.Column<bool>(type: "boolean", nullable: false),
                    FullTime = table.Column<bool>(type: "boolean", nullable: false),
                    Start = table.Column<DateOnly>(type: "date", nullable: false),
                    PlannedEnd = table.Column<DateOnly>(type: "date", nullable: true),
                    HomeSchoolUrn = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    DestinationUrn = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    Post16Destination = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    OutcomeDestinationUrn = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    OutcomeReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    PlacedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PlacedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IdempotencyKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ReviewFlaggedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReviewReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ap_placements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ap_providers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Urn = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    ProviderReference = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    LaCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Tiers = table.Column<int[]>(type: "integer[]", nullable: false),
                    Capacity = table.Column<int>(type: "integer", nullable: false),
                    LastQualityAssurance = table.Column<DateOnly>(type: "date", nullable: true),
                    Rating = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    RegisteredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RegisteredBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IdempotencyKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ap_providers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "uuid", nullable: false),
                    Consumer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ProcessedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbox_messages", x => new { x.MessageId, x.Consumer });
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventType = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Payload = table.Column<string>(type: "jsonb", nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DispatchedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_messages", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ap_commissions_CommissionedBy_IdempotencyKey",
                table: "ap_commissions",
                columns: new[] { "CommissionedBy", "IdempotencyKey" },
                unique: true,
                filter: "\"IdempotencyKey\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_ap_commissions_LaCode_Sequence",
                table: "ap_commissions",
                columns: new[] { "LaCode", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_ap_commissions_Start",
                table: "ap_commissions",
                column: "Start");

            migrationBuilder.CreateIndex(
                name: "IX_ap_placements_CommissionId_EndDate",
                table: "ap_placements",
                columns: new[] { "CommissionId", "EndDate" });

            migrationBuilder.CreateIndex(
                name: "IX_ap_placements_PlacedBy_IdempotencyKey",
                table: "ap_placements",
                columns: new[] { "PlacedBy", "IdempotencyKey" },
                unique: true,
                filter: "\"IdempotencyKey\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_ap_placements_ProviderId_EndDate",
                table: "ap_placements",
                columns: new[] { "ProviderId", "EndDate" });

            migrationBuilder.CreateIndex(
                name: "IX_ap_placements_Upn",
                table: "ap_placements",
                column: "Upn");

            migrationBuilder.CreateIndex(
                name: "IX_ap_providers_LaCode_Name_Id",
                table: "ap_providers",
                columns: new[] { "LaCode", "Name", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ap_providers_LaCode_ProviderReference",
                table: "ap_providers",
                columns: new[] { "LaCode", "ProviderReference" },
                unique: true,
                filter: "\"ProviderReference\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_ap_providers_LaCode_Urn",
                table: "ap_providers",
                columns: new[] { "LaCode", "Urn" },
                unique: true,
                filter: "\"Urn\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_ap_providers_RegisteredBy_IdempotencyKey",
                table: "ap_providers",
                columns: new[] { "RegisteredBy", "IdempotencyKey" },
                unique: true,
                filter: "\"IdempotencyKey\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_NextAttemptAt_OccurredAt",
                table: "outbox_messages",
                columns: new[] { "NextAttemptAt", "OccurredAt" },
                filter: "\"DispatchedAt\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ap_budget_lines");

            migrationBuilder.DropTable(
                name: "ap_commissions");

            migrationBuilder.DropTable(
                name: "ap_outcome_reports");

            migrationBuilder.DropTable(
                name: "ap_placements");

            migrationBuilder.DropTable(
                name: "ap_providers");

            migrationBuilder.DropTable(
                name: "inbox_messages");

            migrationBuilder.DropTable(
                name: "outbox_messages");
        }
    }
}
