import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { trackResponseSchema, type RejectedEvent, type TrackResponse } from '@rapport/contracts';
import type { Database } from '../../platform/db.js';
import { AppError } from '../../platform/errors.js';
import { maxBatchBytes, maxEventBytes, normalizeMessage, type Envelope } from './events.normalize.js';
import { logRejects, resolveWriteKey } from './sources.repo.js';
import type { EventWriter, InboxEntry } from './events.writer.js';

export interface GatewayOptions {
  database: Database;
  writer: EventWriter;
}

const singles: Record<string, string> = {
  identify: 'identify',
  i: 'identify',
  track: 'track',
  t: 'track',
  page: 'page',
  p: 'page',
  screen: 'screen',
  s: 'screen',
  group: 'group',
  g: 'group',
  alias: 'alias',
  a: 'alias',
};

/** The write key: HTTP Basic's username (`base64(writeKey:)`), else `writeKey` in the body. */
function writeKeyOf(request: FastifyRequest, body: Record<string, unknown>): string | null {
  const header = request.headers.authorization;
  if (header?.startsWith('Basic ')) {
    const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
    const user = decoded.split(':')[0];
    if (user) return user;
  }
  return typeof body.writeKey === 'string' && body.writeKey ? body.writeKey : null;
}

const asObject = (body: unknown): Record<string, unknown> => {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new AppError('validation_failed', 'The body must be a JSON object');
  return body as Record<string, unknown>;
};

const sentAtOf = (body: Record<string, unknown>): Date | null => {
  if (typeof body.sentAt !== 'string') return null;
  const d = new Date(body.sentAt);
  return Number.isNaN(d.getTime()) ? null : d;
};

/**
 * Segment's HTTP tracking API: the six calls, their one-letter paths (the browser SDK's), and
 * batch. Bodies are JSON, sent as application/json or text/plain (browsers use the latter to
 * skip the CORS preflight). Answers once the events are durably stored.
 */
export async function trackingRoutes(app: FastifyInstance, { database, writer }: GatewayOptions) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  app.addContentTypeParser('text/plain', { parseAs: 'string' }, (_req, body, done) => {
    try {
      done(null, JSON.parse(body as string));
    } catch {
      done(new AppError('validation_failed', 'The body is not valid JSON'), undefined);
    }
  });
  // Web pages on the customer's own domains call these, so any origin may; no cookies are involved.
  app.addHook('onRequest', async (request, reply) => {
    reply.header('access-control-allow-origin', request.headers.origin ?? '*');
    reply.header('vary', 'Origin');
  });
  app.options('/v1/*', { schema: { hide: true } }, (_req, reply) =>
    reply
      .header('access-control-allow-methods', 'POST, OPTIONS')
      .header('access-control-allow-headers', 'content-type, authorization')
      .header('access-control-max-age', '86400')
      .status(204)
      .send(),
  );

  async function accept(request: FastifyRequest, reply: FastifyReply, raw: unknown[], type: string | undefined, body: Record<string, unknown>) {
    const writeKey = writeKeyOf(request, body);
    if (!writeKey) throw new AppError('unauthenticated', 'A write key is required: the username of HTTP Basic auth, or writeKey in the body');
    const source = await resolveWriteKey(database, writeKey);
    if (!source) throw new AppError('unauthenticated', 'Unknown write key');
    if (!source.isEnabled) throw new AppError('forbidden', 'This source is disabled');
    if (writer.isOverloaded(raw.length)) {
      reply.header('retry-after', '2');
      throw new AppError('unavailable', 'Too many events are waiting to be stored; retry shortly');
    }
    const env: Envelope = { workspaceId: source.workspaceId, sourceId: source.id, receivedAt: new Date(), sentAt: sentAtOf(body), ip: request.ip ?? null };
    // Rows go to the database as JSON, serialized here once: that also measures each event.
    const rows: InboxEntry[] = [];
    const rejected: (RejectedEvent & { payload: unknown })[] = [];
    raw.forEach((item, index) => {
      const messageId = typeof (item as { messageId?: unknown })?.messageId === 'string' ? (item as { messageId: string }).messageId : null;
      const out = normalizeMessage(item, type ?? undefined, env);
      if ('reason' in out) return rejected.push({ index, messageId, reason: out.reason, payload: item });
      const json = JSON.stringify(out);
      // The body limit already holds a single call to 32 KB; in a batch each event is measured.
      const size = type ? 0 : Buffer.byteLength(json, 'utf8');
      if (size > maxEventBytes) rejected.push({ index, messageId, reason: `the event is ${size} bytes; the limit is ${maxEventBytes}`, payload: item });
      else rows.push({ workspaceId: out.workspace_id, messageId: out.message_id, receivedAt: out.received_at, json });
    });
    await logRejects(
      database.db,
      rejected.map((r) => ({ ...r, workspaceId: source.workspaceId, sourceId: source.id, receivedAt: env.receivedAt, outcome: 'refused' as const })),
    );
    if (rows.length === 0) {
      throw new AppError(
        'validation_failed',
        rejected.length === 1 ? rejected[0]!.reason : `None of the ${rejected.length} events is valid`,
        { errors: rejected.map((e) => ({ path: type ? '' : `batch.${e.index}`, message: e.reason })) },
      );
    }
    let fresh: boolean[];
    try {
      fresh = await writer.write(rows);
    } catch (e) {
      request.log.error({ err: e }, 'events not stored');
      reply.header('retry-after', '2');
      throw new AppError('unavailable', 'The events could not be stored; retry shortly');
    }
    const accepted = fresh.filter(Boolean).length;
    const response: TrackResponse = {
      success: true,
      accepted,
      duplicates: rows.length - accepted,
      rejected: rejected.map(({ payload: _p, ...e }) => e),
    };
    return response;
  }

  const response = { 200: trackResponseSchema };
  for (const [path, type] of Object.entries(singles)) {
    r.post(
      `/v1/${path}`,
      {
        bodyLimit: maxEventBytes,
        schema: { tags: ['tracking'], summary: `Segment ${type} call`, security: [{ writeKey: [] }], response },
      },
      (request, reply) => {
        const body = asObject(request.body);
        return accept(request, reply, [body], type, body);
      },
    );
  }
  for (const path of ['batch', 'b', 'import']) {
    r.post(
      `/v1/${path}`,
      {
        bodyLimit: maxBatchBytes,
        schema: {
          tags: ['tracking'],
          summary: 'Segment batch call',
          description: `Up to ${maxBatchBytes / 1024} KB, and ${maxEventBytes / 1024} KB per event. Valid events are stored and the others listed by index.`,
          security: [{ writeKey: [] }],
          response,
        },
      },
      (request, reply) => {
        const body = asObject(request.body);
        if (!Array.isArray(body.batch)) throw new AppError('validation_failed', 'batch: an array of events is required');
        return accept(request, reply, body.batch, undefined, body);
      },
    );
  }
}
