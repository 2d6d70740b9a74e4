-- Segment conditions read these two from the index alone: an event's contacts in a window (name,
-- type, time → contact) and a contact's events in a window (contact, time → type, name). IF EXISTS
-- and IF NOT EXISTS let an operator build them beforehand, concurrently, on a large events table.
DROP INDEX IF EXISTS "events_contact_time_idx";--> statement-breakpoint
DROP INDEX IF EXISTS "events_name_time_idx";--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "events_contact_time_name_idx" ON "events" USING btree ("workspace_id","contact_id","timestamp") INCLUDE ("type","name");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "events_name_type_time_idx" ON "events" USING btree ("workspace_id","name","type","timestamp") INCLUDE ("contact_id");--> statement-breakpoint
ALTER TABLE "segment_dirty" ADD COLUMN "topics" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "segment_dirty" ADD COLUMN "marks" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "segment_dirty" ADD COLUMN "claimed_until" timestamp with time zone;--> statement-breakpoint
-- The queue now says what changed (topics), so the worker evaluates only the segments that read
-- it. An empty list means anything may have changed. A contact marked again while a worker holds
-- it gets its claim lifted and its marks bumped, so the worker's removal at the end leaves it queued.
-- Every writer locks queued rows in contact order, so the processor and the worker cannot deadlock.
CREATE FUNCTION rapport_topics_merge(a text[], b text[]) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN a = '{}' OR b = '{}' THEN '{}'::text[] ELSE ARRAY(SELECT DISTINCT unnest(a || b)) END
$$;--> statement-breakpoint
-- A queued row is rewritten only if a pass holds it or the topics grow: a busy contact marked by
-- every event batch would otherwise leave a dead row version each time.
CREATE FUNCTION rapport_topics_news(queued text[], claimed timestamptz, marked text[]) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
  SELECT claimed IS NOT NULL OR (queued <> '{}' AND (marked = '{}' OR NOT queued @> marked))
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION rapport_segment_dirty_contacts() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF coalesce(current_setting('rapport.segment_worker', true), '') = 'on' THEN RETURN NULL; END IF;
  INSERT INTO segment_dirty (workspace_id, contact_id, topics)
    SELECT DISTINCT workspace_id, id, '{profile}'::text[] FROM changed ORDER BY 2
  ON CONFLICT (workspace_id, contact_id) DO UPDATE SET topics = rapport_topics_merge(segment_dirty.topics, excluded.topics),
    marks = segment_dirty.marks + 1, claimed_until = NULL
    WHERE rapport_topics_news(segment_dirty.topics, segment_dirty.claimed_until, excluded.topics);
  RETURN NULL;
END $$;--> statement-breakpoint
-- The first trigger argument is the topics, as an array literal.
CREATE OR REPLACE FUNCTION rapport_segment_dirty_related() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF coalesce(current_setting('rapport.segment_worker', true), '') = 'on' THEN RETURN NULL; END IF;
  INSERT INTO segment_dirty (workspace_id, contact_id, topics)
    SELECT DISTINCT workspace_id, contact_id, TG_ARGV[0]::text[] FROM changed WHERE contact_id IS NOT NULL ORDER BY 2
  ON CONFLICT (workspace_id, contact_id) DO UPDATE SET topics = rapport_topics_merge(segment_dirty.topics, excluded.topics),
    marks = segment_dirty.marks + 1, claimed_until = NULL
    WHERE rapport_topics_news(segment_dirty.topics, segment_dirty.claimed_until, excluded.topics);
  RETURN NULL;
END $$;--> statement-breakpoint
-- Every tracked event updates last seen; only a change of order figures concerns order segments.
-- Last seen counts when its day changes: a contact seen earlier today was already "seen within
-- the last N days", so a busy visitor is queued for those segments once a day, not every event.
-- (A condition against an exact instant of today waits for the hourly recompute.)
CREATE FUNCTION rapport_segment_dirty_traits() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF coalesce(current_setting('rapport.segment_worker', true), '') = 'on' THEN RETURN NULL; END IF;
  IF TG_OP = 'INSERT' THEN
    INSERT INTO segment_dirty (workspace_id, contact_id, topics)
      SELECT workspace_id, contact_id, topics FROM (
        SELECT workspace_id, contact_id, array_remove(ARRAY[
          CASE WHEN coalesce(first_seen_at, last_seen_at) IS NOT NULL OR coalesce(acquisition_source, acquisition_medium, acquisition_campaign) IS NOT NULL THEN 'seen' END,
          CASE WHEN coalesce(first_order_at, last_order_at) IS NOT NULL OR order_count <> 0 OR revenue <> 0 OR favourite_category IS NOT NULL THEN 'orders' END], NULL) AS topics
        FROM changed
      ) t WHERE topics <> '{}' ORDER BY 2
    ON CONFLICT (workspace_id, contact_id) DO UPDATE SET topics = rapport_topics_merge(segment_dirty.topics, excluded.topics),
      marks = segment_dirty.marks + 1, claimed_until = NULL
    WHERE rapport_topics_news(segment_dirty.topics, segment_dirty.claimed_until, excluded.topics);
    RETURN NULL;
  END IF;
  INSERT INTO segment_dirty (workspace_id, contact_id, topics)
    SELECT workspace_id, contact_id, topics FROM (
      SELECT n.workspace_id, n.contact_id, array_remove(ARRAY[
        CASE WHEN (o.first_seen_at, (o.last_seen_at AT TIME ZONE 'UTC')::date, o.acquisition_source, o.acquisition_medium, o.acquisition_campaign)
          IS DISTINCT FROM (n.first_seen_at, (n.last_seen_at AT TIME ZONE 'UTC')::date, n.acquisition_source, n.acquisition_medium, n.acquisition_campaign) THEN 'seen' END,
        CASE WHEN (o.first_order_at, o.last_order_at, o.order_count, o.revenue, o.favourite_category)
          IS DISTINCT FROM (n.first_order_at, n.last_order_at, n.order_count, n.revenue, n.favourite_category) THEN 'orders' END], NULL) AS topics
      FROM changed n JOIN before_rows o ON o.contact_id = n.contact_id
    ) t WHERE topics <> '{}' ORDER BY 2
  ON CONFLICT (workspace_id, contact_id) DO UPDATE SET topics = rapport_topics_merge(segment_dirty.topics, excluded.topics),
    marks = segment_dirty.marks + 1, claimed_until = NULL
    WHERE rapport_topics_news(segment_dirty.topics, segment_dirty.claimed_until, excluded.topics);
  RETURN NULL;
END $$;--> statement-breakpoint
DROP TRIGGER contact_traits_segment_dirty_ins ON contact_traits;--> statement-breakpoint
DROP TRIGGER contact_traits_segment_dirty_upd ON contact_traits;--> statement-breakpoint
DROP TRIGGER contact_consent_segment_dirty ON contact_consent_events;--> statement-breakpoint
CREATE TRIGGER contact_traits_segment_dirty_ins AFTER INSERT ON contact_traits REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION rapport_segment_dirty_traits();--> statement-breakpoint
CREATE TRIGGER contact_traits_segment_dirty_upd AFTER UPDATE ON contact_traits REFERENCING OLD TABLE AS before_rows NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION rapport_segment_dirty_traits();--> statement-breakpoint
CREATE TRIGGER contact_consent_segment_dirty AFTER INSERT ON contact_consent_events REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION rapport_segment_dirty_related('{consent}');--> statement-breakpoint
-- Orders and their status changes, however written (API, import, till), not only through traits.
CREATE TRIGGER orders_segment_dirty_ins AFTER INSERT ON orders REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION rapport_segment_dirty_related('{orders}');--> statement-breakpoint
CREATE TRIGGER orders_segment_dirty_upd AFTER UPDATE ON orders REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION rapport_segment_dirty_related('{orders}');--> statement-breakpoint
-- Stored events queue their contacts with the events' names; events moved between contacts
-- (identity resolution, merges) queue both for everything.
CREATE OR REPLACE FUNCTION rapport_event_stats_add() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  INSERT INTO contact_event_stats (workspace_id, type, name, contact_id, count, first_at, last_at)
    SELECT workspace_id, type, coalesce(name, ''), contact_id, count(*), min(timestamp), max(timestamp)
    FROM added WHERE contact_id IS NOT NULL GROUP BY 1, 2, 3, 4
  ON CONFLICT (workspace_id, type, name, contact_id) DO UPDATE SET count = contact_event_stats.count + excluded.count,
    first_at = least(contact_event_stats.first_at, excluded.first_at), last_at = greatest(contact_event_stats.last_at, excluded.last_at);
  INSERT INTO segment_dirty (workspace_id, contact_id, topics)
    SELECT workspace_id, contact_id, array_agg(DISTINCT 'event:' || type || ':' || coalesce(name, ''))
    FROM added WHERE contact_id IS NOT NULL GROUP BY 1, 2 ORDER BY 2
  ON CONFLICT (workspace_id, contact_id) DO UPDATE SET topics = rapport_topics_merge(segment_dirty.topics, excluded.topics),
    marks = segment_dirty.marks + 1, claimed_until = NULL
    WHERE rapport_topics_news(segment_dirty.topics, segment_dirty.claimed_until, excluded.topics);
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION rapport_event_stats_recount() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  DELETE FROM contact_event_stats s
    USING (SELECT workspace_id, contact_id FROM before_rows UNION SELECT workspace_id, contact_id FROM after_rows) r
    WHERE s.workspace_id = r.workspace_id AND s.contact_id = r.contact_id;
  INSERT INTO contact_event_stats (workspace_id, type, name, contact_id, count, first_at, last_at)
    SELECT e.workspace_id, e.type, coalesce(e.name, ''), e.contact_id, count(*), min(e.timestamp), max(e.timestamp)
    FROM events e JOIN (SELECT workspace_id, contact_id FROM before_rows UNION SELECT workspace_id, contact_id FROM after_rows) r
      ON e.workspace_id = r.workspace_id AND e.contact_id = r.contact_id
    GROUP BY 1, 2, 3, 4;
  INSERT INTO segment_dirty (workspace_id, contact_id, topics)
    SELECT workspace_id, contact_id, '{}'::text[] FROM (SELECT workspace_id, contact_id FROM before_rows UNION SELECT workspace_id, contact_id FROM after_rows) r
    WHERE contact_id IS NOT NULL ORDER BY 2
  ON CONFLICT (workspace_id, contact_id) DO UPDATE SET topics = '{}', marks = segment_dirty.marks + 1, claimed_until = NULL
    WHERE rapport_topics_news(segment_dirty.topics, segment_dirty.claimed_until, excluded.topics);
  RETURN NULL;
END $$;
