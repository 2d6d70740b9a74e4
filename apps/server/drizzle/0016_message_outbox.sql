CREATE TABLE "message_outbox" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"channel" text NOT NULL,
	"recipient" text NOT NULL,
	"subject" text,
	"message" jsonb NOT NULL,
	"test" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "message_outbox" ADD CONSTRAINT "message_outbox_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "message_outbox_workspace_idx" ON "message_outbox" USING btree ("workspace_id","id");--> statement-breakpoint
-- Row-level security and the tenant role's grants for the table this migration adds.
ALTER TABLE message_outbox ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY message_outbox_workspace_isolation ON message_outbox USING (workspace_id = current_setting('app.workspace_id', true))
  WITH CHECK (workspace_id = current_setting('app.workspace_id', true));--> statement-breakpoint
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'rapport_tenant') THEN
    BEGIN
      GRANT SELECT, INSERT, UPDATE, DELETE ON message_outbox TO rapport_tenant;
    EXCEPTION WHEN insufficient_privilege THEN
      RAISE NOTICE 'grant on message_outbox to rapport_tenant not made: %', SQLERRM;
    END;
  END IF;
END $$;
