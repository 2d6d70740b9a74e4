DROP INDEX "contacts_emails_idx";--> statement-breakpoint
DROP INDEX "contacts_phones_idx";--> statement-breakpoint
CREATE INDEX "contacts_emails_idx" ON "contacts" USING gin ("emails") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "contacts_phones_idx" ON "contacts" USING gin ("phones") WITH (fastupdate=false);