using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SendPlatform.InclusionDashboard.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialDashboard : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ap_budgets",
                columns: table => new
                {
                    LaCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    FinancialYear = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    Tier = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    SetAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ap_budgets", x => new { x.LaCode, x.FinancialYear, x.Tier });
                });

            migrationBuilder.CreateTable(
                name: "ap_commitments",
                columns: table => new
                {
                    LaCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    AsOf = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Committed = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ap_commitments", x => x.LaCode);
                });

            migrationBuilder.CreateTable(
                name: "ap_placement_counts",
                columns: table => new
                {
                    AreaCode = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    Tier = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Stage = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Count = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ap_placement_counts", x => new { x.AreaCode, x.Month, x.Tier, x.Stage });
                });

            migrationBuilder.CreateTable(
                name: "funding_frameworks",
                columns: table => new
                {
                    FrameworkId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    FinancialYear = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_funding_frameworks", x => x.FrameworkId);
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
                name: "inclusion_plans",
                columns: table => new
                {
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    LaCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Sufficiency = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inclusion_plans", x => x.PlanId);
                });

            migrationBuilder.CreateTable(
                name: "movement_counts",
                columns: table => new
                {
                    AreaCode = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    EventType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SenProvision = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    PrimaryNeed = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    DeletionGround = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Count = table.Column<long>(type: "bigint", nullable: false),
                    Days = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_movement_counts", x => new { x.AreaCode, x.Month, x.EventType, x.SenProvision, x.PrimaryNeed, x.DeletionGround });
                });

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

            migrationBuilder.CreateTable(
                name: "oversight_alerts",
                columns: table => new
                {
                    AlertId = table.Column<Guid>(type: "uuid", nullable: false),
                    LaCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Type = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    RaisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DueBy = table.Column<DateOnly>(type: "date", nullable: true),
                    AcknowledgedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ResolvedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_oversight_alerts", x => x.AlertId);
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

            migrationBuilder.CreateTable(
                name: "tailored_list_counts",
                columns: table => new
                {
                    AreaCode = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    FirstProvisionType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Count = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tailored_list_counts", x => new { x.AreaCode, x.Month, x.FirstProvisionType });
                });

            migrationBuilder.CreateIndex(
                name: "IX_funding_frameworks_FinancialYear",
                table: "funding_frameworks",
                column: "FinancialYear");

            migrationBuilder.CreateIndex(
                name: "IX_inclusion_plans_LaCode",
                table: "inclusion_plans",
                column: "LaCode");

            migrationBuilder.CreateIndex(
                name: "IX_not_in_school_spells_LaCode_From",
                table: "not_in_school_spells",
                columns: new[] { "LaCode", "From" });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_NextAttemptAt_OccurredAt",
                table: "outbox_messages",
                columns: new[] { "NextAttemptAt", "OccurredAt" },
                filter: "\"DispatchedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_oversight_alerts_LaCode_RaisedAt",
                table: "oversight_alerts",
                columns: new[] { "LaCode", "RaisedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_pupil_status_points_PupilKey",
                table: "pupil_status_points",
                column: "PupilKey");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ap_budgets");

            migrationBuilder.DropTable(
                name: "ap_commitments");

            migrationBuilder.DropTable(
                name: "ap_placement_counts");

            migrationBuilder.DropTable(
                name: "funding_frameworks");

            migrationBuilder.DropTable(
                name: "inbox_messages");

            migrationBuilder.DropTable(
                name: "inclusion_plans");

            migrationBuilder.DropTable(
                name: "movement_counts");

            migrationBuilder.DropTable(
                name: "not_in_school_spells");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "oversight_alerts");

            migrationBuilder.DropTable(
                name: "pupil_status_points");

            migrationBuilder.DropTable(
                name: "tailored_list_counts");
        }
    }
}
