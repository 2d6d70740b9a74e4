import type { Database } from '../../platform/db.js';

/** An inbox row (events.normalize's InboxRow) as JSON. */
type RowJson = string;

interface Pending {
  rows: RowJson[];
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
  write(rows: RowJson[]): Promise<boolean[]> {
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

const columns = 'workspace_id, source_id, message_id, type, name, anonymous_id, user_id, properties, traits, context, timestamp, original_timestamp, sent_at, received_at';

/**
 * One statement, so one commit: the rows go in as one JSON parameter; those whose messageId is
 * new to event_dedup go to the inbox, in their order. Returns the 1-based positions stored.
 * Runs on the owner's connection: rows of many workspaces share it, each row carrying the
 * workspace its write key resolved to.
 */
async function storeRows(database: Database, rows: RowJson[]): Promise<Set<number>> {
  const { rows: stored } = await database.query<{ ord: string }>(
    `with input as materialized (
       select distinct on (workspace_id, message_id) *
       from json_populate_recordset(null::event_inbox, $1::json) with ordinality
       order by workspace_id, message_id, ordinality
     ), fresh as (
       insert into event_dedup (workspace_id, message_id, received_at)
       select workspace_id, message_id, received_at from input
       on conflict do nothing
       returning workspace_id, message_id
     ), kept as (
       select i.* from input i join fresh f using (workspace_id, message_id)
     ), stored as (
       insert into event_inbox (${columns}) select ${columns} from kept order by ordinality
     )
     select ordinality as ord from kept`,
    [`[${rows.join(',')}]`],
  );
  return new Set(stored.map((r) => Number(r.ord)));
}
