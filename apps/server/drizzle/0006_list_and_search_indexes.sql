-- The CJK character pairs of a text: a Chinese given name is two characters, too short for the
-- trigram index, so two-character searches look pairs up in an index over this instead.
CREATE OR REPLACE FUNCTION rapport_cjk_bigrams(t text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT substr(run, i, 2)), '{}')
  FROM regexp_split_to_table(coalesce(t, ''), '[^\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]+') AS run,
       generate_series(1, length(run) - 1) AS i
$$;--> statement-breakpoint
DROP INDEX "companies_workspace_name_idx";--> statement-breakpoint
DROP INDEX "contacts_workspace_email_idx";--> statement-breakpoint
DROP INDEX "contacts_workspace_updated_idx";--> statement-breakpoint
CREATE INDEX "contacts_workspace_last_name_idx" ON "contacts" USING btree ("workspace_id","last_name","id");--> statement-breakpoint
CREATE INDEX "contacts_workspace_first_name_idx" ON "contacts" USING btree ("workspace_id","first_name","id");--> statement-breakpoint
CREATE INDEX "contacts_workspace_created_idx" ON "contacts" USING btree ("workspace_id","created_at","id");--> statement-breakpoint
CREATE INDEX "contacts_search_bigrams_idx" ON "contacts" USING gin (rapport_cjk_bigrams("search_text"));--> statement-breakpoint
CREATE INDEX "companies_workspace_name_idx" ON "companies" USING btree ("workspace_id","name","id");--> statement-breakpoint
CREATE INDEX "contacts_workspace_email_idx" ON "contacts" USING btree ("workspace_id","email","id");--> statement-breakpoint
CREATE INDEX "contacts_workspace_updated_idx" ON "contacts" USING btree ("workspace_id","updated_at","id");