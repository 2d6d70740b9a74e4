CREATE TABLE "contact_event_stats" (
	"workspace_id" text NOT NULL,
	"type" text NOT NULL,
	"name" text NOT NULL,
	"contact_id" uuid NOT NULL,
	"count" bigint NOT NULL,
	"first_at" timestamp with time zone NOT NULL,
	"last_at" timestamp with time zone NOT NULL,
	CONSTRAINT "contact_event_stats_workspace_id_type_name_contact_id_pk" PRIMARY KEY("workspace_id","type","name","contact_id")
);
--> statement-breakpoint
CREATE INDEX "contact_event_stats_contact_idx" ON "contact_event_stats" USING btree ("workspace_id","contact_id");--> statement-breakpoint
-- Kept by statement triggers on events, whatever writes them: stored events add to the counts;
-- events re-pointed to another contact (identity resolution, merges and their undo) make both
-- contacts' rows be counted again from their events. Security definer: the tenant role writes
-- events but is granted nothing here beyond reading.
CREATE FUNCTION rapport_event_stats_add() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  INSERT INTO contact_event_stats (workspace_id, type, name, contact_id, count, first_at, last_at)
    SELECT workspace_id, type, coalesce(name, ''), contact_id, count(*), min(timestamp), max(timestamp)
    FROM added WHERE contact_id IS NOT NULL GROUP BY 1, 2, 3, 4
  ON CONFLICT (workspace_id, type, name, contact_id) DO UPDATE SET count = contact_event_stats.count + excluded.count,
    first_at = least(contact_event_stats.first_at, excluded.first_at), last_at = greatest(contact_event_stats.last_at, excluded.last_at);
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE FUNCTION rapport_event_stats_recount() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  DELETE FROM contact_event_stats s
    USING (SELECT workspace_id, contact_id FROM before_rows UNION SELECT workspace_id, contact_id FROM after_rows) r
    WHERE s.workspace_id = r.workspace_id AND s.contact_id = r.contact_id;
  INSERT INTO contact_event_stats (workspace_id, type, name, contact_id, count, first_at, last_at)
    SELECT e.workspace_id, e.type, coalesce(e.name, ''), e.contact_id, count(*), min(e.timestamp), max(e.timestamp)
    FROM events e JOIN (SELECT workspace_id, contact_id FROM before_rows UNION SELECT workspace_id, contact_id FROM after_rows) r
      ON e.workspace_id = r.workspace_id AND e.contact_id = r.contact_id
    GROUP BY 1, 2, 3, 4;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER events_stats_add AFTER INSERT ON events REFERENCING NEW TABLE AS added
  FOR EACH STATEMENT EXECUTE FUNCTION rapport_event_stats_add();--> statement-breakpoint
CREATE TRIGGER events_stats_recount AFTER UPDATE ON events REFERENCING OLD TABLE AS before_rows NEW TABLE AS after_rows
  FOR EACH STATEMENT EXECUTE FUNCTION rapport_event_stats_recount();--> statement-breakpoint
INSERT INTO contact_event_stats (workspace_id, type, name, contact_id, count, first_at, last_at)
  SELECT workspace_id, type, coalesce(name, ''), contact_id, count(*), min(timestamp), max(timestamp)
  FROM events WHERE contact_id IS NOT NULL GROUP BY 1, 2, 3, 4;--> statement-breakpoint
ALTER TABLE contact_event_stats ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY contact_event_stats_workspace_isolation ON contact_event_stats
  USING (workspace_id = current_setting('app.workspace_id', true)) WITH CHECK (workspace_id = current_setting('app.workspace_id', true));--> statement-breakpoint
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'rapport_tenant') THEN
    GRANT SELECT ON contact_event_stats TO rapport_tenant;
  END IF;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'grant on contact_event_stats to rapport_tenant not made: %', SQLERRM;
END $$;
