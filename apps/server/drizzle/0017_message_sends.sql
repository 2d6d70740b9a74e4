CREATE TABLE "message_order_queue" (
	"workspace_id" text NOT NULL,
	"order_pk" uuid NOT NULL,
	"queued_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "message_order_queue_workspace_id_order_pk_pk" PRIMARY KEY("workspace_id","order_pk")
);
--> statement-breakpoint
CREATE TABLE "message_sends" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"contact_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"template_id" uuid NOT NULL,
	"template_version" integer NOT NULL,
	"purpose" text NOT NULL,
	"source_kind" text NOT NULL,
	"source_id" text,
	"variant" text,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"reason" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"due_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recipient" text,
	"subject" text,
	"provider_message_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"opened_at" timestamp with time zone,
	"clicked_at" timestamp with time zone,
	"converted_at" timestamp with time zone,
	"conversion_order_id" uuid,
	"revenue" numeric(18, 4),
	"bounced_at" timestamp with time zone,
	"complained_at" timestamp with time zone,
	"unsubscribed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "message_suppressions" (
	"workspace_id" text NOT NULL,
	"channel" text NOT NULL,
	"address" text NOT NULL,
	"reason" text NOT NULL,
	"detail" text,
	"send_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "message_suppressions_workspace_id_channel_address_pk" PRIMARY KEY("workspace_id","channel","address")
);
--> statement-breakpoint
CREATE TABLE "messaging_settings" (
	"workspace_id" text PRIMARY KEY NOT NULL,
	"settings" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "message_order_queue" ADD CONSTRAINT "message_order_queue_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_sends" ADD CONSTRAINT "message_sends_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_suppressions" ADD CONSTRAINT "message_suppressions_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messaging_settings" ADD CONSTRAINT "messaging_settings_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "message_sends_idempotency_uq" ON "message_sends" USING btree ("workspace_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "message_sends_due_idx" ON "message_sends" USING btree ("due_at") WHERE "message_sends"."status" in ('queued', 'sending');--> statement-breakpoint
CREATE INDEX "message_sends_contact_idx" ON "message_sends" USING btree ("workspace_id","contact_id","id");--> statement-breakpoint
CREATE INDEX "message_sends_source_idx" ON "message_sends" USING btree ("workspace_id","source_kind","source_id","variant");--> statement-breakpoint
CREATE INDEX "message_sends_workspace_idx" ON "message_sends" USING btree ("workspace_id","id");--> statement-breakpoint
-- Row-level security and the tenant role's grants for the tables this migration adds.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['message_sends', 'message_suppressions', 'messaging_settings', 'message_order_queue'] LOOP
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
-- Orders however written (API, import, tracked events, a till) queue for conversion credit and
-- coupon redemption once they have a contact or a coupon; messaging drains the queue.
CREATE FUNCTION rapport_message_order_queue() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  INSERT INTO message_order_queue (workspace_id, order_pk)
    SELECT workspace_id, id FROM changed WHERE contact_id IS NOT NULL OR coupon_code IS NOT NULL
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER orders_message_queue_ins AFTER INSERT ON orders REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION rapport_message_order_queue();--> statement-breakpoint
-- An order whose contact or coupon becomes known later (a guest identified afterwards) is matched then.
CREATE FUNCTION rapport_message_order_requeue() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  INSERT INTO message_order_queue (workspace_id, order_pk)
    SELECT n.workspace_id, n.id FROM changed n JOIN before_rows o ON o.id = n.id
    WHERE (n.contact_id, n.coupon_code) IS DISTINCT FROM (o.contact_id, o.coupon_code)
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER orders_message_queue_upd AFTER UPDATE ON orders REFERENCING OLD TABLE AS before_rows NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION rapport_message_order_requeue();
