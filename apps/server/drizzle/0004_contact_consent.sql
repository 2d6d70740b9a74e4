CREATE TABLE "contact_consent_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"contact_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"status" text NOT NULL,
	"source" text NOT NULL,
	"proof_text" text,
	"proof_ip" text,
	"actor_label" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "contact_consent_events" ADD CONSTRAINT "contact_consent_events_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_consent_events" ADD CONSTRAINT "contact_consent_events_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contact_consent_events_contact_idx" ON "contact_consent_events" USING btree ("workspace_id","contact_id","channel","id");--> statement-breakpoint
ALTER TABLE "contact_consent_events" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "contact_consent_events_workspace_isolation" ON "contact_consent_events"
  USING ("workspace_id" = current_setting('app.workspace_id', true))
  WITH CHECK ("workspace_id" = current_setting('app.workspace_id', true));--> statement-breakpoint
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'rapport_tenant') THEN
    -- Insert and select only: consent history is never rewritten.
    GRANT SELECT, INSERT ON "contact_consent_events" TO rapport_tenant;
  END IF;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'grant to rapport_tenant not made: %', SQLERRM;
END $$;
