-- The non-owner role that tenant transactions switch to (SET LOCAL ROLE in withWorkspace), so the
-- row-level-security policies bind the application itself, not only other database users.
-- Creating a role needs CREATEROLE; without it Rapport still runs, with the application check
-- alone, and says so in its log at start.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'rapport_tenant') THEN
    CREATE ROLE rapport_tenant NOLOGIN;
  END IF;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'role rapport_tenant not created: %', SQLERRM;
END $$;--> statement-breakpoint
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'rapport_tenant') THEN
    GRANT USAGE ON SCHEMA public TO rapport_tenant;
    GRANT SELECT, INSERT, UPDATE, DELETE ON "contacts", "audit_log" TO rapport_tenant;
    -- The connecting user must be a member to SET ROLE to it.
    EXECUTE format('GRANT rapport_tenant TO %I', current_user);
  END IF;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'grants to rapport_tenant not made: %', SQLERRM;
END $$;
