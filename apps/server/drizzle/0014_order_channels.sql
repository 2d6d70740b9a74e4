ALTER TABLE "contact_traits" ADD COLUMN "order_channels" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
-- Existing contacts' channels, from their orders as refreshOrderTraits computes them.
UPDATE contact_traits t SET order_channels = x.channels
FROM (
  SELECT workspace_id, contact_id, array_agg(DISTINCT channel ORDER BY channel) AS channels
  FROM orders WHERE contact_id IS NOT NULL AND status <> 'cancelled' GROUP BY workspace_id, contact_id
) x
WHERE t.workspace_id = x.workspace_id AND t.contact_id = x.contact_id;
