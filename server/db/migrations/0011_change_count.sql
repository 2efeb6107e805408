-- A count of the commits that changed a table an answer cache depends on (server/db/changes.ts, `countedCache`),
-- for servers sharing a PostgreSQL database, where another process's change notice arrives only after its commit.
-- The count is a row, so it changes inside the writer's transaction and becomes visible with the writer's data,
-- at its commit: a reader that reads the count before it reads the data never keeps data older than the count it
-- keeps them under. One row for every watched table, so writers of two watched tables lock the same single row
-- and cannot deadlock on it; the watched tables change rarely (catalogue, organizations, teams).
CREATE TABLE "change_count" (
	"id" smallint PRIMARY KEY NOT NULL,
	"value" bigint NOT NULL,
	CONSTRAINT "change_count_single_row" CHECK ("change_count"."id" = 1)
);--> statement-breakpoint
INSERT INTO "change_count" ("id", "value") VALUES (1, 0);--> statement-breakpoint
CREATE OR REPLACE FUNCTION interlink_notify_table_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "change_count" SET "value" = "value" + 1 WHERE "id" = 1;
  PERFORM pg_notify('interlink_changes', 'table:' || TG_TABLE_NAME);
  RETURN NULL;
END $$;
