using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SendPlatform.InclusionPlans.Data.Migrations
{
    /// <summary>
    /// The tailored-list search's own table: a row per setting with a free place and need it has places for, holding
    /// only what the search filters and orders by (provision type, ages, the position on the unit sphere as x, y, z:
    /// UnitSphere.Point's formula), indexed so a search reads its candidates from an index alone: by need, type and age
    /// for a national search, by need and y (east-west across England) for a limited one's band around home. Triggers
    /// keep it from settings in the same transaction as any change to a setting, whichever code or statement makes it
    /// (a bulk load, the occupancy ledger's UPDATE), so the search never sees a setting other than as committed; an
    /// update touches it only when what it holds changes, e.g. a setting filling its last place. It replaces the GIN
    /// index on needs and the "Position" cube (and contrib's cube with it), which only the search read.
    /// </summary>
    public partial class SettingSearchRows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_settings_Needs",
                table: "settings");
            migrationBuilder.Sql("""ALTER TABLE settings DROP COLUMN "Position";""");
            migrationBuilder.Sql("DROP EXTENSION IF EXISTS cube;");
            migrationBuilder.Sql("""
                CREATE TABLE setting_search (
                    "Urn" character varying(6) NOT NULL,
                    "Need" text NOT NULL,
                    "ProvisionType" character varying(40) NOT NULL,
                    "AgeFrom" integer NOT NULL,
                    "AgeTo" integer NOT NULL,
                    "X" double precision NOT NULL,
                    "Y" double precision NOT NULL,
                    "Z" double precision NOT NULL,
                    CONSTRAINT "PK_setting_search" PRIMARY KEY ("Urn", "Need"));
                CREATE INDEX "IX_setting_search_Need_ProvisionType_AgeFrom" ON setting_search ("Need", "ProvisionType", "AgeFrom")
                    INCLUDE ("AgeTo", "X", "Y", "Z", "Urn");
                CREATE INDEX "IX_setting_search_Need_Y" ON setting_search ("Need", "Y")
                    INCLUDE ("ProvisionType", "AgeFrom", "AgeTo", "X", "Z", "Urn");

                CREATE FUNCTION setting_search_rows() RETURNS trigger LANGUAGE plpgsql AS $$
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
                CREATE FUNCTION setting_search_cleared() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    TRUNCATE setting_search;
                    RETURN NULL;
                END $$;

                CREATE TRIGGER setting_search_on_insert AFTER INSERT ON settings FOR EACH ROW EXECUTE FUNCTION setting_search_rows();
                CREATE TRIGGER setting_search_on_update AFTER UPDATE ON settings FOR EACH ROW
                    WHEN (OLD."Urn" <> NEW."Urn" OR OLD."Needs" IS DISTINCT FROM NEW."Needs" OR OLD."ProvisionType" <> NEW."ProvisionType"
                          OR OLD."AgeFrom" <> NEW."AgeFrom" OR OLD."AgeTo" <> NEW."AgeTo"
                          OR OLD."Latitude" <> NEW."Latitude" OR OLD."Longitude" <> NEW."Longitude"
                          OR (OLD."PlacesFilled" < OLD."TotalPlaces") <> (NEW."PlacesFilled" < NEW."TotalPlaces"))
                    EXECUTE FUNCTION setting_search_rows();
                CREATE TRIGGER setting_search_on_delete AFTER DELETE ON settings FOR EACH ROW EXECUTE FUNCTION setting_search_rows();
                CREATE TRIGGER setting_search_on_truncate AFTER TRUNCATE ON settings FOR EACH STATEMENT EXECUTE FUNCTION setting_search_cleared();

                INSERT INTO setting_search ("Urn", "Need", "ProvisionType", "AgeFrom", "AgeTo", "X", "Y", "Z")
                SELECT DISTINCT s."Urn", need, s."ProvisionType", s."AgeFrom", s."AgeTo",
                       cos(radians(s."Latitude")) * cos(radians(s."Longitude")),
                       cos(radians(s."Latitude")) * sin(radians(s."Longitude")),
                       sin(radians(s."Latitude"))
                FROM settings s, unnest(s."Needs") AS need
                WHERE s."PlacesFilled" < s."TotalPlaces";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER setting_search_on_truncate ON settings;
                DROP TRIGGER setting_search_on_delete ON settings;
                DROP TRIGGER setting_search_on_update ON settings;
                DROP TRIGGER setting_search_on_insert ON settings;
                DROP FUNCTION setting_search_cleared();
                DROP FUNCTION setting_search_rows();
                DROP TABLE setting_search;
                CREATE EXTENSION IF NOT EXISTS cube;
                ALTER TABLE settings ADD COLUMN "Position" cube GENERATED ALWAYS AS (cube(ARRAY[
                    cos(radians("Latitude")) * cos(radians("Longitude")),
                    cos(radians("Latitude")) * sin(radians("Longitude")),
                    sin(radians("Latitude"))])) STORED;
                CREATE INDEX "IX_settings_Position" ON settings USING gist ("Position");
                """);
            migrationBuilder.CreateIndex(
                name: "IX_settings_Needs",
                table: "settings",
                column: "Needs")
                .Annotation("Npgsql:IndexMethod", "gin");
        }
    }
}
