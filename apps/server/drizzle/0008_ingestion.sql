CREATE TABLE "contact_identities" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"kind" text NOT NULL,
	"value" text NOT NULL,
	"contact_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_catalog" (
	"workspace_id" text NOT NULL,
	"type" text NOT NULL,
	"name" text NOT NULL,
	"count" bigint NOT NULL,
	"first_seen_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	CONSTRAINT "event_catalog_workspace_id_type_name_pk" PRIMARY KEY("workspace_id","type","name")
);
--> statement-breakpoint
CREATE TABLE "event_dedup" (
	"workspace_id" text NOT NULL,
	"message_id" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	CONSTRAINT "event_dedup_workspace_id_message_id_pk" PRIMARY KEY("workspace_id","message_id")
);
--> statement-breakpoint
CREATE TABLE "event_inbox" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "event_inbox_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"workspace_id" text NOT NULL,
	"source_id" uuid,
	"message_id" text NOT NULL,
	"type" text NOT NULL,
	"name" text,
	"anonymous_id" text,
	"user_id" text,
	"properties" jsonb NOT NULL,
	"traits" jsonb,
	"context" jsonb NOT NULL,
	"timestamp" timestamp with time zone NOT NULL,
	"original_timestamp" timestamp with time zone,
	"sent_at" timestamp with time zone,
	"received_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_property_keys" (
	"workspace_id" text NOT NULL,
	"type" text NOT NULL,
	"name" text NOT NULL,
	"key" text NOT NULL,
	"count" bigint NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	CONSTRAINT "event_property_keys_workspace_id_type_name_key_pk" PRIMARY KEY("workspace_id","type","name","key")
);
--> statement-breakpoint
CREATE TABLE "event_rejects" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"source_id" uuid,
	"received_at" timestamp with time zone NOT NULL,
	"index" integer NOT NULL,
	"message_id" text,
	"reason" text NOT NULL,
	"payload" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"workspace_id" text NOT NULL,
	"source_id" uuid,
	"message_id" text NOT NULL,
	"type" text NOT NULL,
	"name" text,
	"anonymous_id" text,
	"user_id" text,
	"properties" jsonb NOT NULL,
	"traits" jsonb,
	"context" jsonb NOT NULL,
	"timestamp" timestamp with time zone NOT NULL,
	"original_timestamp" timestamp with time zone,
	"sent_at" timestamp with time zone,
	"received_at" timestamp with time zone NOT NULL,
	"contact_id" uuid
);
--> statement-breakpoint
CREATE TABLE "identity_conflicts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"reason" text NOT NULL,
	"kind" text NOT NULL,
	"value" text NOT NULL,
	"contact_id" uuid,
	"other_contact_id" uuid,
	"message_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sources" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"write_key" text NOT NULL,
	"disabled_at" timestamp with time zone,
	"last_event_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "workspace_settings" ADD COLUMN "identity_rules" jsonb;--> statement-breakpoint
ALTER TABLE "contact_identities" ADD CONSTRAINT "contact_identities_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_catalog" ADD CONSTRAINT "event_catalog_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_property_keys" ADD CONSTRAINT "event_property_keys_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_rejects" ADD CONSTRAINT "event_rejects_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identity_conflicts" ADD CONSTRAINT "identity_conflicts_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sources" ADD CONSTRAINT "sources_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "contact_identities_value_uq" ON "contact_identities" USING btree ("workspace_id","kind","value");--> statement-breakpoint
CREATE INDEX "contact_identities_contact_idx" ON "contact_identities" USING btree ("workspace_id","contact_id");--> statement-breakpoint
CREATE INDEX "event_dedup_received_idx" ON "event_dedup" USING btree ("received_at");--> statement-breakpoint
CREATE INDEX "event_inbox_workspace_idx" ON "event_inbox" USING btree ("workspace_id","id");--> statement-breakpoint
CREATE INDEX "event_rejects_workspace_idx" ON "event_rejects" USING btree ("workspace_id","source_id","received_at");--> statement-breakpoint
CREATE INDEX "event_rejects_received_idx" ON "event_rejects" USING btree ("received_at");--> statement-breakpoint
CREATE INDEX "events_contact_time_idx" ON "events" USING btree ("workspace_id","contact_id","timestamp");--> statement-breakpoint
CREATE INDEX "events_name_time_idx" ON "events" USING btree ("workspace_id","name","timestamp");--> statement-breakpoint
CREATE INDEX "events_anonymous_idx" ON "events" USING btree ("workspace_id","anonymous_id") WHERE "events"."contact_id" is null;--> statement-breakpoint
CREATE INDEX "identity_conflicts_workspace_idx" ON "identity_conflicts" USING btree ("workspace_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "sources_write_key_uq" ON "sources" USING btree ("write_key");--> statement-breakpoint
CREATE INDEX "sources_workspace_idx" ON "sources" USING btree ("workspace_id","id");--> statement-breakpoint
-- Row-level security and the tenant role's grants. The tracking endpoints write event_inbox and
-- event_dedup on the owner's connection, many workspaces per statement (each row carries the
-- workspace of its write key); the processor works one workspace at a time under the policy.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['sources', 'event_inbox', 'event_dedup', 'events', 'contact_identities', 'identity_conflicts',
                           'event_rejects', 'event_catalog', 'event_property_keys'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY %I ON %I USING (workspace_id = current_setting(''app.workspace_id'', true)) '
                   'WITH CHECK (workspace_id = current_setting(''app.workspace_id'', true))', t || '_workspace_isolation', t);
  END LOOP;
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'rapport_tenant') THEN
    BEGIN
      GRANT SELECT, INSERT, UPDATE, DELETE ON sources, event_inbox, event_dedup, contact_identities, identity_conflicts,
        event_rejects, event_catalog, event_property_keys TO rapport_tenant;
      -- The event store is append-only: rows may be added, and only their contact re-pointed.
      GRANT SELECT, INSERT ON events TO rapport_tenant;
      GRANT UPDATE (contact_id) ON events TO rapport_tenant;
    EXCEPTION WHEN insufficient_privilege THEN
      RAISE NOTICE 'grants to rapport_tenant not made: %', SQLERRM;
    END;
  END IF;
END $$;
