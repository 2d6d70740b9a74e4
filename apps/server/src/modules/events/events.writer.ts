import type { Database } from '../../platform/db.js';

/** An accepted event: its keys, and the whole of it as JSON (events.normalize's InboxRow). */
export interface InboxEntry {
  workspaceId: string;
  messageId: string;
  receivedAt: string;
  json: string;
}

interface Pending {
  rows: InboxEntry[];
  resolve: (fresh: boolean[]) => void;
  reject: (e: unknown) => void;
}

export interface WriterOptions {
  /** Rows waiting beyond which new calls are turned away (503) rather than queued. */
  maxPendingRows: number;
  /** Statements in flight at once; PGlite has one connection, so 1 there. */
  maxInFlight: number;
  /** Rows per statement. */
  maxRowsPerFlush: number;
}

/**
 * Stores accepted events with group commit. Each call waits for the statement that holds its
 * rows to commit, so an acknowledged event is durable; calls arriving while a statement runs are
 * gathered into the next one, which spreads one commit (one WAL flush) over many requests.
 *
 * One statement records the messageIds in event_dedup and inserts only the new ones into the
 * inbox, so a retried delivery is answered as a duplicate and stored once.
 */
export class EventWriter {
  private queue: Pending[] = [];
  private queuedRows = 0;
  private inFlight = 0;
  private closed = false;
  private idle: (() => void)[] = [];
  /** Called after each commit that stored something; the processor listens to wake up. */
  onStored: (() => void) | null = null;

  constructor(
    private readonly database: Database,
    private readonly opts: WriterOptions,
  ) {}

  /** Whether a call with this many rows should be turned away now. */
  isOverloaded(rows: number): boolean {
    return this.closed || this.queuedRows + rows > this.opts.maxPendingRows;
  }

  /** Stores the rows; resolves, per row, whether it was new (false: a duplicate messageId). */
  write(rows: InboxEntry[]): Promise<boolean[]> {
    if (rows.length === 0) return Promise.resolve([]);
    return new Promise((resolve, reject) => {
      this.queue.push({ rows, resolve, reject });
      this.queuedRows += rows.length;
      this.pump();
    });
  }

  /** Waits for everything queued to be stored, then refuses more. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.inFlight === 0 && this.queue.length === 0) return;
    await new Promise<void>((resolve) => this.idle.push(resolve));
  }

  private pump() {
    while (this.inFlight < this.opts.maxInFlight && this.queue.length > 0) {
      const batch: Pending[] = [];
      let rows = 0;
      while (this.queue.length > 0 && (batch.length === 0 || rows + this.queue[0]!.rows.length <= this.opts.maxRowsPerFlush)) {
        const p = this.queue.shift()!;
        batch.push(p);
        rows += p.rows.length;
      }
      this.queuedRows -= rows;
      this.inFlight += 1;
      void this.flush(batch).finally(() => {
        this.inFlight -= 1;
        if (this.queue.length > 0) this.pump();
        else if (this.inFlight === 0) for (const done of this.idle.splice(0)) done();
      });
    }
  }

  private async flush(batch: Pending[]) {
    const rows = batch.flatMap((p) => p.rows);
    try {
      const fresh = await storeRows(this.database, rows);
      let offset = 0;
      for (const p of batch) {
        p.resolve(p.rows.map((_, i) => fresh.has(offset + i + 1)));
        offset += p.rows.length;
      }
      if (fresh.size > 0) this.onStored?.();
    } catch (e) {
      for (const p of batch) p.reject(e);
    }
  }
}

/**
 * One statement, so one commit: the rows go in as three arrays and a JSON array; those whose messageId is new to
 * event_dedup go to the inbox, in their order. Returns the 1-based positions stored. Runs on the
 * owner's connection: rows of many workspaces share it, each row carrying the workspace its
 * write key resolved to. The JSON is stored as text, unparsed (see event_inbox).
 */
async function storeRows(database: Database, rows: InboxEntry[]): Promise<Set<number>> {
  const { rows: stored } = await database.query<{ ord: string }>(
    `with input as materialized (
       select distinct on (k.workspace_id, k.message_id) k.workspace_id, k.message_id, k.received_at, e.value::text as payload, ord
       from unnest($1::text[], $2::text[], $3::timestamptz[]) with ordinality as k(workspace_id, message_id, received_at, ord)
       join json_array_elements($4::json) with ordinality as e(value, ord) using (ord)
       order by k.workspace_id, k.message_id, ord
     ), fresh as (
       insert into event_dedup (workspace_id, message_id, received_at)
       select workspace_id, message_id, received_at from input
       on conflict do nothing
       returning workspace_id, message_id
     ), kept as (
       select i.* from input i join fresh f using (workspace_id, message_id)
     ), stored as (
       insert into event_inbox (workspace_id, message_id, received_at, payload)
       select workspace_id, message_id, received_at, payload from kept order by ord
     )
     select ord from kept`,
    // The events go as one JSON array, not a text[]: escaping 5,000 JSON texts into an array
    // literal, and Postgres reading it back, cost more than storing them.
    [rows.map((r) => r.workspaceId), rows.map((r) => r.messageId), rows.map((r) => r.receivedAt), `[${rows.map((r) => r.json).join(',')}]`],
  );
  return new Set(stored.map((r) => Number(r.ord)));
}
