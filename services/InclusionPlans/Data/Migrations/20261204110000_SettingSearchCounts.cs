using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SendPlatform.InclusionPlans.Data.Migrations
{
    /// <summary>
    /// A national search says how many settings qualified, and counting them from the need, type and age index read an
    /// entry per qualifying setting, a large part of the search's time (bench/RESULTS.md, issue #18). The search now
    /// sums setting_search_counts instead, a row per need, type and age range with how many search rows it has: a few
    /// rows per need, however many settings.
    /// The counts are kept from the same triggers as setting_search, in the same transactions, but not row by row: a
    /// count is shared by every writer of settings, so a register load and the occupancy ledger (which locks settings
    /// in URN order) would wait on each other's counts, and lock them in different orders, which deadlocks. Each change
    /// is written instead to setting_search_count_changes, under its transaction's id, where no writer waits on another,
    /// and the transaction's changes are applied at its commit, summed per count, in one statement ordered by key:
    /// counts are locked only for the commit, always in the same order. Until then the transaction reads its own changes
    /// with the counts (SettingsSearch), so a count always agrees with the rows a statement sees. The transaction marks
    /// itself once in setting_search_counts_pending (a repeat finds its row and inserts nothing), and that one row's
    /// deferred trigger applies its changes, so a register load queues one event at its commit, not one per change.
    /// The deduplicated need, type and age index served only the count, so it goes.
    /// </summary>
    public partial class SettingSearchCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP INDEX "IX_setting_search_Need_ProvisionType_AgeFrom_AgeTo";
                CREATE TABLE setting_search_counts (
                    "Need" text NOT NULL,
                    "ProvisionType" character varying(40) NOT NULL,
                    "AgeFrom" integer NOT NULL,
                    "AgeTo" integer NOT NULL,
                    "Settings" integer NOT NULL,
                    CONSTRAINT "PK_setting_search_counts" PRIMARY KEY ("Need", "ProvisionType", "AgeFrom", "AgeTo"));
                CREATE TABLE setting_search_count_changes (
                    "Transaction" xid8 NOT NULL DEFAULT pg_current_xact_id(),
                    "Need" text NOT NULL,
                    "ProvisionType" character varying(40) NOT NULL,
                    "AgeFrom" integer NOT NULL,
                    "AgeTo" integer NOT NULL,
                    "Change" integer NOT NULL);
                CREATE INDEX "IX_setting_search_count_changes_Transaction" ON setting_search_count_changes ("Transaction");
                CREATE TABLE setting_search_counts_pending (
                    "Transaction" xid8 NOT NULL DEFAULT pg_current_xact_id(),
                    CONSTRAINT "PK_setting_search_counts_pending" PRIMARY KEY ("Transaction"));

                CREATE OR REPLACE FUNCTION setting_search_rows() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP <> 'INSERT' THEN
                        WITH gone AS (DELETE FROM setting_search WHERE "Urn" = OLD."Urn" RETURNING "Need", "ProvisionType", "AgeFrom", "AgeTo")
                        INSERT INTO setting_search_count_changes ("Need", "ProvisionType", "AgeFrom", "AgeTo", "Change")
                        SELECT "Need", "ProvisionType", "AgeFrom", "AgeTo", -1 FROM gone;
                    END IF;
                    IF TG_OP <> 'DELETE' AND NEW."PlacesFilled" < NEW."TotalPlaces" THEN
                        WITH added AS (
                            INSERT INTO setting_search ("Urn", "Need", "ProvisionType", "AgeFrom", "AgeTo", "X", "Y", "Z")
                            SELECT DISTINCT NEW."Urn", need, NEW."ProvisionType", NEW."AgeFrom", NEW."AgeTo",
                                   cos(radians(NEW."Latitude")) * cos(radians(NEW."Longitude")),
                                   cos(radians(NEW."Latitude")) * sin(radians(NEW."Longitude")),
                                   sin(radians(NEW."Latitude"))
                            FROM unnest(NEW."Needs") AS need
                            RETURNING "Need", "ProvisionType", "AgeFrom", "AgeTo")
                        INSERT INTO setting_search_count_changes ("Need", "ProvisionType", "AgeFrom", "AgeTo", "Change")
                        SELECT "Need", "ProvisionType", "AgeFrom", "AgeTo", 1 FROM added;
                    END IF;
                    INSERT INTO setting_search_counts_pending DEFAULT VALUES ON CONFLICT DO NOTHING;
                    RETURN NULL;
                END $$;
                CREATE OR REPLACE FUNCTION setting_search_cleared() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    -- TRUNCATE waits out every other writer of settings, so only this transaction's changes are left.
                    TRUNCATE setting_search, setting_search_counts, setting_search_count_changes;
                    RETURN NULL;
                END $$;
                CREATE FUNCTION setting_search_counts_kept() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    DELETE FROM setting_search_counts_pending WHERE "Transaction" = pg_current_xact_id();
                    WITH mine AS (
                        DELETE FROM setting_search_count_changes WHERE "Transaction" = pg_current_xact_id()
                        RETURNING "Need", "ProvisionType", "AgeFrom", "AgeTo", "Change")
                    INSERT INTO setting_search_counts ("Need", "ProvisionType", "AgeFrom", "AgeTo", "Settings")
                    SELECT "Need", "ProvisionType", "AgeFrom", "AgeTo", sum("Change") FROM mine
                    GROUP BY "Need", "ProvisionType", "AgeFrom", "AgeTo"
                    ORDER BY "Need", "ProvisionType", "AgeFrom", "AgeTo"
                    ON CONFLICT ("Need", "ProvisionType", "AgeFrom", "AgeTo") DO UPDATE SET "Settings" = setting_search_counts."Settings" + EXCLUDED."Settings";
                    RETURN NULL;
                END $$;
                CREATE CONSTRAINT TRIGGER setting_search_counts_at_commit AFTER INSERT ON setting_search_counts_pending
                    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION setting_search_counts_kept();

                INSERT INTO setting_search_counts ("Need", "ProvisionType", "AgeFrom", "AgeTo", "Settings")
                SELECT "Need", "ProvisionType", "AgeFrom", "AgeTo", count(*) FROM setting_search GROUP BY "Need", "ProvisionType", "AgeFrom", "AgeTo";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER setting_search_counts_at_commit ON setting_search_counts_pending;
                DROP FUNCTION setting_search_counts_kept();
                CREATE OR REPLACE FUNCTION setting_search_rows() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP <> 'INSERT' THEN
                        DELETE FROM setting_search WHERE "Urn" = OLD."Urn";
                    END IF;
                    IF TG_OP <> 'DELETE' AND NEW."PlacesFilled" < NEW."TotalPlaces" THEN
                        INSERT INTO setting_search ("Urn", "Need", "ProvisionType", "AgeFrom", "AgeTo", "X", "Y", "Z")
                        SELECT DISTINCT NEW."Urn", need, NEW."ProvisionType", NEW."AgeFrom", NEW."AgeTo",
                               cos(radians(NEW."Latitude")) * cos(radians(NEW."Longitude")),
                               cos(radians(NEW."Latitude")) * sin(radians(NEW."Longitude")),
                               sin(radians(NEW."Latitude"))
                        FROM unnest(NEW."Needs") AS need;
                    END IF;
                    RETURN NULL;
                END $$;
                CREATE OR REPLACE FUNCTION setting_search_cleared() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    TRUNCATE setting_search;
                    RETURN NULL;
                END $$;
                DROP TABLE setting_search_counts_pending;
                DROP TABLE setting_search_count_changes;
                DROP TABLE setting_search_counts;
                CREATE INDEX "IX_setting_search_Need_ProvisionType_AgeFrom_AgeTo" ON setting_search ("Need", "ProvisionType", "AgeFrom", "AgeTo");
                """);
        }
    }
}
