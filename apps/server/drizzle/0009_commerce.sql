CREATE TABLE "order_lines" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"order_pk" uuid NOT NULL,
	"line_key" text NOT NULL,
	"sku" text NOT NULL,
	"name" text,
	"category" text,
	"quantity" numeric(14, 3) NOT NULL,
	"unit_price" numeric(18, 4) NOT NULL,
	"discount" numeric(18, 4) DEFAULT 0 NOT NULL,
	"total" numeric(18, 4) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "orders" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"order_id" text NOT NULL,
	"contact_id" uuid,
	"status" text NOT NULL,
	"currency" text,
	"subtotal" numeric(18, 4) DEFAULT 0 NOT NULL,
	"discount" numeric(18, 4) DEFAULT 0 NOT NULL,
	"shipping" numeric(18, 4) DEFAULT 0 NOT NULL,
	"tax" numeric(18, 4) DEFAULT 0 NOT NULL,
	"total" numeric(18, 4) DEFAULT 0 NOT NULL,
	"refunded" numeric(18, 4) DEFAULT 0 NOT NULL,
	"has_explicit_totals" boolean DEFAULT false NOT NULL,
	"coupon_code" text,
	"channel" text NOT NULL,
	"store_id" text,
	"source" text NOT NULL,
	"placed_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "products" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"sku" text NOT NULL,
	"name" text,
	"category" text,
	"price" numeric(18, 4),
	"currency" text,
	"image_url" text,
	"url" text,
	"stock" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contact_traits" (
	"contact_id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"first_seen_at" timestamp with time zone,
	"last_seen_at" timestamp with time zone,
	"first_order_at" timestamp with time zone,
	"last_order_at" timestamp with time zone,
	"order_count" integer DEFAULT 0 NOT NULL,
	"revenue" numeric(18, 4) DEFAULT 0 NOT NULL,
	"favourite_category" text,
	"last_viewed" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"acquisition_source" text,
	"acquisition_medium" text,
	"acquisition_campaign" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "event_rejects" ADD COLUMN "outcome" text DEFAULT 'refused' NOT NULL;--> statement-breakpoint
ALTER TABLE "order_lines" ADD CONSTRAINT "order_lines_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_lines" ADD CONSTRAINT "order_lines_order_pk_orders_id_fk" FOREIGN KEY ("order_pk") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_traits" ADD CONSTRAINT "contact_traits_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "order_lines_key_uq" ON "order_lines" USING btree ("order_pk","line_key");--> statement-breakpoint
CREATE INDEX "order_lines_sku_idx" ON "order_lines" USING btree ("workspace_id","sku");--> statement-breakpoint
CREATE INDEX "order_lines_category_idx" ON "order_lines" USING btree ("order_pk") WHERE "order_lines"."category" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "orders_order_id_uq" ON "orders" USING btree ("workspace_id","order_id");--> statement-breakpoint
CREATE INDEX "orders_contact_idx" ON "orders" USING btree ("workspace_id","contact_id","placed_at");--> statement-breakpoint
CREATE INDEX "orders_placed_idx" ON "orders" USING btree ("workspace_id","placed_at");--> statement-breakpoint
CREATE INDEX "orders_coupon_idx" ON "orders" USING btree ("workspace_id","coupon_code") WHERE "orders"."coupon_code" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "products_sku_uq" ON "products" USING btree ("workspace_id","sku");--> statement-breakpoint
CREATE INDEX "products_workspace_idx" ON "products" USING btree ("workspace_id","id");--> statement-breakpoint
CREATE INDEX "contact_traits_workspace_idx" ON "contact_traits" USING btree ("workspace_id","contact_id");--> statement-breakpoint
-- Row-level security and the tenant role's grants for every table this migration adds.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['products', 'orders', 'order_lines', 'contact_traits'] LOOP
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
