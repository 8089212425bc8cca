using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SendPlatform.EhcAssessments.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialEhcAssessments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ehc_cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    LaCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    ChildGivenName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ChildFamilyName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ChildDateOfBirth = table.Column<DateOnly>(type: "date", nullable: false),
                    ChildSex = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    ChildPostcode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    ChildUpn = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: true),
                    Source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RequestingSettingUrn = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Stage = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AssessmentDecision = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    AssessmentDecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AssessmentDecisionReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    IssueDecision = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    IssueDecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    IssueDecisionReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    PlanIssuedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CeasedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    TransferredFromLa = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    TransferredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Reassess = table.Column<bool>(type: "boolean", nullable: true),
                    ReassessmentDecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CeaseReason = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    PlanPrimaryNeed = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    PlanProvisionType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    PlanSettingUrn = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    NextDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IdempotencyKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Exceptions = table.Column<string>(type: "jsonb", nullable: true),
                    PlanVersions = table.Column<string>(type: "jsonb", nullable: true),
                    Reviews = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ehc_cases", x => x.Id);
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

            migrationBuilder.CreateTable(
                name: "ehc_overdue_alerts",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Step = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    LaCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    RaisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ehc_overdue_alerts", x => new { x.CaseId, x.Step, x.DueOn });
                    table.ForeignKey(
                        name: "FK_ehc_overdue_alerts_ehc_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "ehc_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ehc_plan_versions",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Content = table.Column<string>(type: "jsonb", nullable: false),
                    StandardsVersion = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Findings = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ehc_plan_versions", x => new { x.CaseId, x.Number });
                    table.ForeignKey(
                        name: "FK_ehc_plan_versions_ehc_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "ehc_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ehc_cases_LaCode_NextDueOn",
                table: "ehc_cases",
                columns: new[] { "LaCode", "NextDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ehc_cases_LaCode_Sequence",
                table: "ehc_cases",
                columns: new[] { "LaCode", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_ehc_cases_RecordedBy_IdempotencyKey",
                table: "ehc_cases",
                columns: new[] { "RecordedBy", "IdempotencyKey" },
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
                name: "ehc_overdue_alerts");

            migrationBuilder.DropTable(
                name: "ehc_plan_versions");

            migrationBuilder.DropTable(
                name: "inbox_messages");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "ehc_cases");
        }
    }
}
