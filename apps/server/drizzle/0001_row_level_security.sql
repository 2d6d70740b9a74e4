-- Row-level security: a second wall behind the application's workspace check.
-- Each request's transaction sets app.workspace_id (see platform/db.ts withWorkspace).
-- Table owners and superusers bypass these policies; they bite for the non-owner role the
-- application connects as in production (see ARCHITECTURE.md, "Tenant isolation").
ALTER TABLE "contacts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "contacts_workspace_isolation" ON "contacts"
  USING ("workspace_id" = current_setting('app.workspace_id', true))
  WITH CHECK ("workspace_id" = current_setting('app.workspace_id', true));--> statement-breakpoint
ALTER TABLE "audit_log" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "audit_log_workspace_isolation" ON "audit_log"
  USING ("workspace_id" = current_setting('app.workspace_id', true))
  WITH CHECK ("workspace_id" = current_setting('app.workspace_id', true));
