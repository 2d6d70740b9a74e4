CREATE TABLE "campaign_members" (
	"workspace_id" text NOT NULL,
	"campaign_id" uuid NOT NULL,
	"contact_id" uuid NOT NULL,
	"bucket" text NOT NULL,
	"variant" text,
	CONSTRAINT "campaign_members_campaign_id_contact_id_pk" PRIMARY KEY("campaign_id","contact_id")
);
--> statement-breakpoint
CREATE TABLE "campaigns" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"name" text NOT NULL,
	"status" text NOT NULL,
	"channel" text NOT NULL,
	"purpose" text NOT NULL,
	"audience" jsonb NOT NULL,
	"variants" jsonb NOT NULL,
	"ab_test" jsonb,
	"holdout_percent" integer DEFAULT 0 NOT NULL,
	"schedule" jsonb NOT NULL,
	"coupon_pool_id" uuid,
	"launch_at" timestamp with time zone,
	"launched_at" timestamp with time zone,
	"cursor" text,
	"claimed_until" timestamp with time zone,
	"test_ends_at" timestamp with time zone,
	"winner" text,
	"winner_reason" text,
	"audience_size" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coupon_codes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"pool_id" uuid NOT NULL,
	"code" text NOT NULL,
	"contact_id" uuid,
	"issue_key" text,
	"issued_at" timestamp with time zone,
	"expires_at" timestamp with time zone,
	"redeemed_at" timestamp with time zone,
	"order_pk" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coupon_pools" (
	"id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"prefix" text,
	"value_type" text NOT NULL,
	"value" numeric(18, 4) NOT NULL,
	"expires_at" timestamp with time zone,
	"valid_days" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "campaign_members" ADD CONSTRAINT "campaign_members_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_members" ADD CONSTRAINT "campaign_members_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coupon_codes" ADD CONSTRAINT "coupon_codes_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coupon_codes" ADD CONSTRAINT "coupon_codes_pool_id_coupon_pools_id_fk" FOREIGN KEY ("pool_id") REFERENCES "public"."coupon_pools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coupon_pools" ADD CONSTRAINT "coupon_pools_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "campaign_members_bucket_idx" ON "campaign_members" USING btree ("campaign_id","bucket");--> statement-breakpoint
CREATE INDEX "campaigns_workspace_idx" ON "campaigns" USING btree ("workspace_id","id");--> statement-breakpoint
CREATE INDEX "campaigns_due_idx" ON "campaigns" USING btree ("launch_at") WHERE "campaigns"."status" in ('scheduled', 'launching', 'testing');--> statement-breakpoint
CREATE UNIQUE INDEX "coupon_codes_code_uq" ON "coupon_codes" USING btree ("workspace_id",upper("code"));--> statement-breakpoint
CREATE UNIQUE INDEX "coupon_codes_issue_key_uq" ON "coupon_codes" USING btree ("pool_id","issue_key");--> statement-breakpoint
CREATE INDEX "coupon_codes_unissued_idx" ON "coupon_codes" USING btree ("pool_id","id") WHERE "coupon_codes"."issued_at" is null;--> statement-breakpoint
CREATE INDEX "coupon_codes_contact_idx" ON "coupon_codes" USING btree ("workspace_id","contact_id");--> statement-breakpoint
CREATE INDEX "coupon_pools_workspace_idx" ON "coupon_pools" USING btree ("workspace_id","id");--> statement-breakpoint
-- Row-level security and the tenant role's grants for the tables this migration adds.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['campaigns', 'campaign_members', 'coupon_pools', 'coupon_codes'] LOOP
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
END $$;
