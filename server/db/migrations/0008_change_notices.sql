-- Change notices for in-process caches (server/db/changes.ts), on channel 'interlink_changes'. Every change to a
-- person's account or sessions notifies "account:<user id>"; every statement that changes a table a cache
-- depends on notifies "table:<name>". Triggers see every writer (better-auth, our services, a migration, an
-- operator's SQL), and PostgreSQL delivers a notice only once its transaction commits, never for one rolled back.
CREATE FUNCTION interlink_notify_account_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed text;
BEGIN
  -- NEW is null for a deletion: the row's owner is then read from OLD.
  IF TG_TABLE_NAME = 'user' THEN
    changed := CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END;
  ELSE
    changed := CASE WHEN TG_OP = 'DELETE' THEN OLD.user_id ELSE NEW.user_id END;
    IF TG_OP = 'UPDATE' AND NEW.user_id IS DISTINCT FROM OLD.user_id THEN
      PERFORM pg_notify('interlink_changes', 'account:' || OLD.user_id);
    END IF;
  END IF;
  PERFORM pg_notify('interlink_changes', 'account:' || changed);
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER user_change_notice AFTER UPDATE OR DELETE ON "user"
  FOR EACH ROW EXECUTE FUNCTION interlink_notify_account_change();--> statement-breakpoint
CREATE TRIGGER session_change_notice AFTER UPDATE OR DELETE ON "session"
  FOR EACH ROW EXECUTE FUNCTION interlink_notify_account_change();--> statement-breakpoint
CREATE FUNCTION interlink_notify_table_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('interlink_changes', 'table:' || TG_TABLE_NAME);
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER interlinker_change_notice AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "interlinker"
  FOR EACH STATEMENT EXECUTE FUNCTION interlink_notify_table_change();--> statement-breakpoint
CREATE TRIGGER interlinker_rating_change_notice AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "interlinker_rating"
  FOR EACH STATEMENT EXECUTE FUNCTION interlink_notify_table_change();--> statement-breakpoint
CREATE TRIGGER organization_change_notice AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "organization"
  FOR EACH STATEMENT EXECUTE FUNCTION interlink_notify_table_change();--> statement-breakpoint
CREATE TRIGGER organization_administrator_change_notice AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "organization_administrator"
  FOR EACH STATEMENT EXECUTE FUNCTION interlink_notify_table_change();--> statement-breakpoint
CREATE TRIGGER team_change_notice AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "team"
  FOR EACH STATEMENT EXECUTE FUNCTION interlink_notify_table_change();--> statement-breakpoint
CREATE TRIGGER team_member_change_notice AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "team_member"
  FOR EACH STATEMENT EXECUTE FUNCTION interlink_notify_table_change();
