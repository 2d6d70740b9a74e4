CREATE TABLE "contact_models" (
	"contact_id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"rfm_r" smallint,
	"rfm_f" smallint,
	"rfm_m" smallint,
	"rfm_group" text,
	"rfm_computed_at" timestamp with time zone,
	"nasld_state" text,
	"nasld_since" timestamp with time zone,
	"cycle_days" numeric(10, 2),
	"nasld_computed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "model_settings" (
	"workspace_id" text PRIMARY KEY NOT NULL,
	"settings" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "model_snapshots" (
	"workspace_id" text NOT NULL,
	"model" text NOT NULL,
	"day" date NOT NULL,
	"state" text NOT NULL,
	"contacts" integer NOT NULL,
	"revenue" numeric(18, 4) NOT NULL,
	CONSTRAINT "model_snapshots_workspace_id_model_day_state_pk" PRIMARY KEY("workspace_id","model","day","state")
);
--> statement-breakpoint
CREATE TABLE "nasld_history" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "nasld_history_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"workspace_id" text NOT NULL,
	"contact_id" uuid NOT NULL,
	"from_state" text,
	"to_state" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "domain_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "domain_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"workspace_id" text NOT NULL,
	"kind" text NOT NULL,
	"contact_id" uuid,
	"data" jsonb NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "segment_dirty" (
	"workspace_id" text NOT NULL,
	"contact_id" uuid NOT NULL,
	"marked_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "segment_dirty_workspace_id_contact_id_pk" PRIMARY KEY("workspace_id","contact_id")
);
--> statement-breakpoint
CREATE TABLE "segment_members" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "segment_members_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"workspace_id" text NOT NULL,
	"segment_id" uuid NOT NULL,
	"contact_id" uuid NOT NULL,
	"entered_at" timestamp with time zone NOT NULL,
	"exited_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "segment_sizes" (
	"workspace_id" text NOT NULL,
	"segment_id" uuid NOT NULL,
	"day" date NOT NULL,
	"size" integer NOT NULL,
	CONSTRAINT "segment_sizes_segment_id_day_pk" PRIMARY KEY("segment_id","day")
);
--> statement-breakpoint
CREATE TABLE "segments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"kind" text NOT NULL,
	"definition" jsonb,
	"auto_tag" text,
	"size" integer DEFAULT 0 NOT NULL,
	"computed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "auto_tags" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "contact_models" ADD CONSTRAINT "contact_models_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "model_settings" ADD CONSTRAINT "model_settings_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "model_snapshots" ADD CONSTRAINT "model_snapshots_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nasld_history" ADD CONSTRAINT "nasld_history_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "domain_events" ADD CONSTRAINT "domain_events_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "segment_members" ADD CONSTRAINT "segment_members_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "segment_members" ADD CONSTRAINT "segment_members_segment_id_segments_id_fk" FOREIGN KEY ("segment_id") REFERENCES "public"."segments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "segment_sizes" ADD CONSTRAINT "segment_sizes_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "segment_sizes" ADD CONSTRAINT "segment_sizes_segment_id_segments_id_fk" FOREIGN KEY ("segment_id") REFERENCES "public"."segments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "segments" ADD CONSTRAINT "segments_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contact_models_workspace_idx" ON "contact_models" USING btree ("workspace_id","contact_id");--> statement-breakpoint
CREATE INDEX "nasld_history_contact_idx" ON "nasld_history" USING btree ("workspace_id","contact_id","at");--> statement-breakpoint
CREATE INDEX "domain_events_workspace_idx" ON "domain_events" USING btree ("workspace_id","id");--> statement-breakpoint
CREATE INDEX "domain_events_contact_idx" ON "domain_events" USING btree ("workspace_id","contact_id");--> statement-breakpoint
CREATE UNIQUE INDEX "segment_members_current_uq" ON "segment_members" USING btree ("segment_id","contact_id") WHERE "segment_members"."exited_at" is null;--> statement-breakpoint
CREATE INDEX "segment_members_history_idx" ON "segment_members" USING btree ("workspace_id","segment_id","id");--> statement-breakpoint
CREATE INDEX "segment_members_contact_idx" ON "segment_members" USING btree ("workspace_id","contact_id");--> statement-breakpoint
CREATE UNIQUE INDEX "segments_name_uq" ON "segments" USING btree ("workspace_id",lower("name"));--> statement-breakpoint
CREATE INDEX "segments_workspace_idx" ON "segments" USING btree ("workspace_id","id");--> statement-breakpoint
-- Segment counts of "performed E in a window" read (workspace, name, timestamp) and need only the
-- contact: with it in the index they scan no table pages.
DROP INDEX "events_name_time_idx";--> statement-breakpoint
CREATE INDEX "events_name_time_idx" ON "events" USING btree ("workspace_id","name","timestamp") INCLUDE ("contact_id");--> statement-breakpoint
-- Contacts whose profile, traits (events and orders update them) or consent change are queued for
-- their segments to be evaluated again. Statement triggers, so a bulk edit queues in one insert.
-- The segment worker's own writes (auto tags, lifecycle stages) set rapport.segment_worker and
-- are not queued again. Security definer: any role that may write contacts may queue them, without
-- a grant on the queue.
CREATE FUNCTION rapport_segment_dirty_contacts() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF coalesce(current_setting('rapport.segment_worker', true), '') = 'on' THEN RETURN NULL; END IF;
  INSERT INTO segment_dirty (workspace_id, contact_id)
    SELECT DISTINCT workspace_id, id FROM changed ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE FUNCTION rapport_segment_dirty_related() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF coalesce(current_setting('rapport.segment_worker', true), '') = 'on' THEN RETURN NULL; END IF;
  INSERT INTO segment_dirty (workspace_id, contact_id)
    SELECT DISTINCT workspace_id, contact_id FROM changed ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER contacts_segment_dirty_ins AFTER INSERT ON contacts REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION rapport_segment_dirty_contacts();--> statement-breakpoint
CREATE TRIGGER contacts_segment_dirty_upd AFTER UPDATE ON contacts REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION rapport_segment_dirty_contacts();--> statement-breakpoint
CREATE TRIGGER contact_traits_segment_dirty_ins AFTER INSERT ON contact_traits REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION rapport_segment_dirty_related();--> statement-breakpoint
CREATE TRIGGER contact_traits_segment_dirty_upd AFTER UPDATE ON contact_traits REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION rapport_segment_dirty_related();--> statement-breakpoint
CREATE TRIGGER contact_consent_segment_dirty AFTER INSERT ON contact_consent_events REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION rapport_segment_dirty_related();--> statement-breakpoint
-- Row-level security and the tenant role's grants for every table this migration adds.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['segments', 'segment_members', 'segment_sizes', 'segment_dirty', 'domain_events',
                           'contact_models', 'nasld_history', 'model_snapshots', 'model_settings'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY %I ON %I USING (workspace_id = current_setting(''app.workspace_id'', true)) '
                   'WITH CHECK (workspace_id = current_setting(''app.workspace_id'', true))', t || '_workspace_isolation', t);
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'rapport_tenant') THEN
      BEGIN
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO rapport_tenant', t);
      EXCEPTION WHEN insufficient_privilege THEN
        RAISE NOTICE 'grant on % to rapport_tenant not made: %', t, SQLERRM;
      END;
    END IF;
  END LOOP;
END $$;
