using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SendPlatform.PupilMovements.Data.Migrations
{
    /// <inheritdoc />
    public partial class SettingProvisionTypeAndRemovalDeletions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ProvisionType",
                table: "settings",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            // Deletions recorded under the old rule are recounted under OffRollingRule.Counts: only grounds that can
            // be a removal, or no education on a ground that is not an ordinary way of leaving.
            migrationBuilder.Sql("""
                UPDATE movements SET "CountsTowardsOffRolling" =
                    "Type" = 'Deletion' AND "SenProvision" IN ('E', 'K') AND "ToUrn" IS NULL
                    AND ("DeletionGround" IN ('ELECTIVE_HOME_EDUCATION', 'CONTINUOUS_ABSENCE', 'NOT_RETURNED_AFTER_LEAVE', 'MEDICALLY_UNFIT')
                         OR ("Destination" IN ('UNKNOWN', 'NEET', 'NIEC', 'NIEO')
                             AND COALESCE("DeletionGround", '') NOT IN ('REGISTERED_AT_ANOTHER_SCHOOL', 'CEASED_COMPULSORY_SCHOOL_AGE',
                                 'LEFT_SIXTH_FORM', 'DIED', 'IN_CUSTODY', 'DUAL_REGISTRATION_ENDED', 'SCHOOL_ATTENDANCE_ORDER_REVOKED', 'PERMANENTLY_EXCLUDED')));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ProvisionType",
                table: "settings");
        }
    }
}
