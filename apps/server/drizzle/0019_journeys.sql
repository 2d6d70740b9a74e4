CREATE TABLE "journey_runs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"journey_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"contact_id" uuid NOT NULL,
	"status" text NOT NULL,
	"step_id" text,
	"phase" text DEFAULT 'ready' NOT NULL,
	"seq" integer DEFAULT 1 NOT NULL,
	"due_at" timestamp with time zone,
	"wait_until" timestamp with time zone,
	"waiting_for" text,
	"resumed_by" text,
	"since" timestamp with time zone NOT NULL,
	"trigger_at" timestamp with time zone NOT NULL,
	"event" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"context" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"occurrence" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"entered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone,
	"exit_reason" text,
	"converted_at" timestamp with time zone,
	"claimed_until" timestamp with time zone,
	"claim_token" uuid
);
--> statement-breakpoint
CREATE TABLE "journey_signals" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "journey_signals_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"workspace_id" text NOT NULL,
	"kind" text NOT NULL,
	"contact_id" uuid NOT NULL,
	"data" jsonb NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "journey_steps" (
	"workspace_id" text NOT NULL,
	"run_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"step_id" text NOT NULL,
	"journey_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"contact_id" uuid NOT NULL,
	"entered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone,
	"outcome" text,
	"detail" jsonb,
	CONSTRAINT "journey_steps_run_id_seq_pk" PRIMARY KEY("run_id","seq")
);
--> statement-breakpoint
CREATE TABLE "journey_versions" (
	"workspace_id" text NOT NULL,
	"journey_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"definition" jsonb NOT NULL,
	"event_names" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	CONSTRAINT "journey_versions_journey_id_version_pk" PRIMARY KEY("journey_id","version")
);
--> statement-breakpoint
CREATE TABLE "journeys" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"status" text NOT NULL,
	"version" integer NOT NULL,
	"trigger_kind" text NOT NULL,
	"trigger_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tasks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"contact_id" uuid NOT NULL,
	"title" text NOT NULL,
	"due_at" timestamp with time zone,
	"assignee_id" text,
	"queue" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"source_kind" text NOT NULL,
	"source_id" text,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"done_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "journey_runs" ADD CONSTRAINT "journey_runs_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journey_runs" ADD CONSTRAINT "journey_runs_journey_id_journeys_id_fk" FOREIGN KEY ("journey_id") REFERENCES "public"."journeys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journey_signals" ADD CONSTRAINT "journey_signals_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journey_steps" ADD CONSTRAINT "journey_steps_run_id_journey_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."journey_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journey_versions" ADD CONSTRAINT "journey_versions_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journey_versions" ADD CONSTRAINT "journey_versions_journey_id_journeys_id_fk" FOREIGN KEY ("journey_id") REFERENCES "public"."journeys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journeys" ADD CONSTRAINT "journeys_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "journey_runs_due_idx" ON "journey_runs" USING btree ("due_at") WHERE "journey_runs"."status" = 'active';--> statement-breakpoint
CREATE UNIQUE INDEX "journey_runs_active_uq" ON "journey_runs" USING btree ("journey_id","contact_id") WHERE "journey_runs"."status" = 'active';--> statement-breakpoint
CREATE UNIQUE INDEX "journey_runs_occurrence_uq" ON "journey_runs" USING btree ("journey_id","contact_id","occurrence") WHERE "journey_runs"."occurrence" is not null;--> statement-breakpoint
CREATE INDEX "journey_runs_contact_idx" ON "journey_runs" USING btree ("workspace_id","contact_id","journey_id");--> statement-breakpoint
CREATE INDEX "journey_runs_journey_idx" ON "journey_runs" USING btree ("journey_id","id");--> statement-breakpoint
CREATE INDEX "journey_signals_workspace_idx" ON "journey_signals" USING btree ("workspace_id","id");--> statement-breakpoint
CREATE INDEX "journey_steps_stats_idx" ON "journey_steps" USING btree ("journey_id","version","step_id");--> statement-breakpoint
CREATE INDEX "journey_versions_workspace_idx" ON "journey_versions" USING btree ("workspace_id","journey_id");--> statement-breakpoint
CREATE INDEX "journeys_workspace_idx" ON "journeys" USING btree ("workspace_id","id");--> statement-breakpoint
CREATE INDEX "journeys_trigger_idx" ON "journeys" USING btree ("workspace_id","trigger_kind","trigger_key") WHERE "journeys"."status" = 'live';--> statement-breakpoint
CREATE INDEX "tasks_workspace_idx" ON "tasks" USING btree ("workspace_id","id");--> statement-breakpoint
CREATE INDEX "tasks_contact_idx" ON "tasks" USING btree ("workspace_id","contact_id","id");--> statement-breakpoint
CREATE INDEX "tasks_assignee_idx" ON "tasks" USING btree ("workspace_id","assignee_id","status","id");--> statement-breakpoint
CREATE INDEX "tasks_queue_idx" ON "tasks" USING btree ("workspace_id","queue","status","id");--> statement-breakpoint
-- Claims stamp columns no index holds: with room left on each page, those updates stay on the page
-- (HOT) and write no index entries.
ALTER TABLE "journey_runs" SET (fillfactor = 70);--> statement-breakpoint
-- Row-level security and the tenant role's grants for the tables this migration adds.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['journeys', 'journey_versions', 'journey_runs', 'journey_steps', 'journey_signals', 'tasks'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY %I ON %I USING (workspace_id = current_setting(''app.workspace_id'', true)) WITH CHECK (workspace_id = current_setting(''app.workspace_id'', true))', t || '_workspace_isolation', t);
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'rapport_tenant') THEN
      BEGIN
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO rapport_tenant', t);
      EXCEPTION WHEN insufficient_privilege THEN
        RAISE NOTICE 'grant on % to rapport_tenant not made: %', t, SQLERRM;
      END;
    END IF;
  END LOOP;
END $$;--> statement-breakpoint
-- Segment entries and exits and model changes queue for journeys while a live journey of the
-- workspace listens for them; the journey worker drains the queue with SKIP LOCKED. A trigger,
-- because domain_events' ids do not commit in order: a cursor over them would skip rows.
CREATE FUNCTION rapport_journey_signals() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  INSERT INTO journey_signals (workspace_id, kind, contact_id, data, occurred_at)
    SELECT n.workspace_id, n.kind, n.contact_id, n.data, n.occurred_at FROM added n
    WHERE n.contact_id IS NOT NULL
      AND n.kind IN ('segment.entered', 'segment.exited', 'nasld.changed', 'lifecycle.changed')
      AND EXISTS (
        SELECT 1 FROM journeys j
        WHERE j.workspace_id = n.workspace_id AND j.status = 'live'
          AND ((n.kind = 'segment.entered' AND j.trigger_kind = 'segment_entered' AND j.trigger_key = n.data->>'segmentId')
            OR (n.kind = 'segment.exited' AND j.trigger_kind = 'segment_exited' AND j.trigger_key = n.data->>'segmentId')
            OR (n.kind = 'nasld.changed' AND j.trigger_kind = 'model_changed' AND j.trigger_key = 'nasld')
            OR (n.kind = 'lifecycle.changed' AND j.trigger_kind = 'model_changed' AND j.trigger_key = 'lifecycle')));
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER domain_events_journey_signals AFTER INSERT ON domain_events REFERENCING NEW TABLE AS added
  FOR EACH STATEMENT EXECUTE FUNCTION rapport_journey_signals();
