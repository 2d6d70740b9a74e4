DROP INDEX "event_dedup_received_idx";--> statement-breakpoint
-- Events still waiting keep their content: each row becomes the JSON text of its columns.
ALTER TABLE "event_inbox" ADD COLUMN "payload" text;--> statement-breakpoint
UPDATE "event_inbox" SET "payload" = (to_jsonb("event_inbox") - 'id' - 'payload')::text;--> statement-breakpoint
ALTER TABLE "event_inbox" ALTER COLUMN "payload" SET NOT NULL;--> statement-breakpoint
CREATE INDEX "event_dedup_received_idx" ON "event_dedup" USING brin ("received_at");--> statement-breakpoint
ALTER TABLE "event_inbox" DROP COLUMN "source_id";--> statement-breakpoint
ALTER TABLE "event_inbox" DROP COLUMN "type";--> statement-breakpoint
ALTER TABLE "event_inbox" DROP COLUMN "name";--> statement-breakpoint
ALTER TABLE "event_inbox" DROP COLUMN "anonymous_id";--> statement-breakpoint
ALTER TABLE "event_inbox" DROP COLUMN "user_id";--> statement-breakpoint
ALTER TABLE "event_inbox" DROP COLUMN "properties";--> statement-breakpoint
ALTER TABLE "event_inbox" DROP COLUMN "traits";--> statement-breakpoint
ALTER TABLE "event_inbox" DROP COLUMN "context";--> statement-breakpoint
ALTER TABLE "event_inbox" DROP COLUMN "timestamp";--> statement-breakpoint
ALTER TABLE "event_inbox" DROP COLUMN "original_timestamp";--> statement-breakpoint
ALTER TABLE "event_inbox" DROP COLUMN "sent_at";