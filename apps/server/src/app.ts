import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { healthSchema } from '@rapport/contracts';
import type { Config } from './config.js';
import { createAuth, resolveSecret, type Auth } from './platform/auth/auth.js';
import type { Database } from './platform/db.js';
import { registerErrorHandling } from './platform/errors.js';
import { registerGuard } from './platform/guard.js';
import { version } from './platform/version.js';
import type { Ctx } from './platform/context.js';
import type { TimelineRef, TimelineSource } from './platform/timeline.js';
import { auditRoutes, auditTimelineSource } from './modules/audit/index.js';
import { authRoutes } from './modules/auth/index.js';
import { assertCompany, companyFieldMap, companyRoutes } from './modules/companies/index.js';
import {
  absorbedContactIds,
  assertContact,
  consentRoutes,
  consentTimelineSource,
  contactFieldMap,
  contactMergeRoutes,
  contactRoutes,
  contactTraitRoutes,
  mergeTimelineSource,
} from './modules/contacts/index.js';
import { commerceRoutes, orderTimelineSource } from './modules/commerce/index.js';
import { customFieldRoutes } from './modules/custom-fields/index.js';
import { EventWriter, eventRoutes, eventTimelineSource, sourceRoutes, trackerRoute, trackingRoutes } from './modules/events/index.js';
import { importJobName, importRoutes } from './modules/imports/index.js';
import { campaignRoutes, couponRoutes, createMessagingRuntime, messageTimelineSource, messagingRoutes, publicMessagingRoutes, sendRoutes, type MessagingRuntime } from './modules/messaging/index.js';
import { noteRoutes, noteTimelineSource } from './modules/notes/index.js';
import { modelRoutes, modelTimelineSource, segmentRoutes, segmentTimelineSource } from './modules/segments/index.js';
import { journeyRoutes, journeyTimelineSource } from './modules/journeys/index.js';
import { taskRoutes, taskTimelineSource } from './modules/tasks/index.js';
import { timelineRoutes } from './modules/timeline/index.js';
import { viewRoutes } from './modules/views/index.js';

/** Every kind of entry on record timelines; later modules add theirs here. */
const timelineSources: TimelineSource[] = [noteTimelineSource, auditTimelineSource, consentTimelineSource, mergeTimelineSource, eventTimelineSource, orderTimelineSource, segmentTimelineSource, modelTimelineSource, messageTimelineSource, taskTimelineSource, journeyTimelineSource];

const assertRecord = (ctx: Ctx, ref: TimelineRef) => (ref.entity === 'contact' ? assertContact(ctx, ref.id) : assertCompany(ctx, ref.id));
/** A contact's timeline holds the history of the contacts merged into it. */
const resolveRecord = async (ctx: Ctx, ref: TimelineRef): Promise<TimelineRef> => {
  await assertRecord(ctx, ref);
  return ref.entity === 'contact' ? { ...ref, absorbed: await absorbedContactIds(ctx, ref.id) } : ref;
};
const fieldsFor = (ctx: Ctx, entity: 'contact' | 'company') => (entity === 'contact' ? contactFieldMap(ctx) : companyFieldMap(ctx));

const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

export interface AppDeps {
  config: Config;
  database: Database;
  /** Hands a job to the queue; imports use it. */
  enqueue: (name: string, data: object) => Promise<void>;
  /** Serve the built web app (off in most tests). */
  serveWeb?: boolean;
}

export interface App {
  app: FastifyInstance;
  auth: Auth;
  /** "METHOD /url" of every registered route, for tests that must cover them all. */
  routes: string[];
  /** Stores tracked events; a processor started beside it listens to `onStored`. */
  writer: EventWriter;
  /** Mailer, signers and providers; a send worker started beside it uses them. */
  messaging: MessagingRuntime;
  /** Set `wake` to hear of sends queued through the API. */
  sendSignal: { wake: () => void };
  /** Set `wake` to hear of contacts enrolled in journeys through the API. */
  journeySignal: { wake: () => void };
}

/** The composition root: wires platform pieces and registers each module as a Fastify plugin. */
export async function buildApp({ config, database, enqueue, serveWeb = true }: AppDeps): Promise<App> {
  const app = Fastify({
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
    genReqId: () => crypto.randomUUID(),
    requestIdHeader: false,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  const routes: string[] = [];
  app.addHook('onRoute', (r) => {
    for (const m of [r.method].flat()) if (m !== 'HEAD') routes.push(`${m} ${r.url}`);
  });

  const secret = await resolveSecret(database.db, config.secret);
  const auth = createAuth({ db: database.db, baseUrl: config.baseUrl, secret, log: app.log });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Rapport API', version, description: 'REST API of Rapport, the open-source CRM and CDP.' },
      components: {
        securitySchemes: {
          apiKey: { type: 'http', scheme: 'bearer', description: 'A workspace API key (rk_…)' },
          session: { type: 'apiKey', in: 'cookie', name: 'rapport.session_token' },
          writeKey: { type: 'http', scheme: 'basic', description: "A source's write key as the username, no password (Segment's scheme)" },
        },
      },
      security: [{ apiKey: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());

  const writer = new EventWriter(database, {
    maxPendingRows: config.ingestMaxPending ?? (database.kind === 'pglite' ? 20_000 : 100_000),
    maxInFlight: database.kind === 'pglite' ? 1 : 3,
    maxRowsPerFlush: 5_000,
  });
  // Events already acknowledged are stored before the process lets go of the database.
  app.addHook('onClose', () => writer.close());
  const messaging = createMessagingRuntime({ config, secret });
  app.addHook('onClose', () => messaging.close());
  const sendSignal = { wake: () => {} };
  const journeySignal = { wake: () => {} };
  await app.register(publicMessagingRoutes, { database, links: messaging.links });
  await app.register(trackingRoutes, { database, writer });
  await app.register(trackerRoute);

  await app.register(fastifyRateLimit, { global: false });
  registerGuard(app, { auth, db: database.db, trustedOrigins: [new URL(config.baseUrl).origin] });

  app.get('/health', { schema: { tags: ['health'], response: { 200: healthSchema } } }, () => ({
    status: 'ok' as const,
    database: database.kind,
    version,
  }));

  await app.register(
    async (api) => {
      await api.register(authRoutes, { auth, db: database.db });
      await api.register(contactRoutes);
      await api.register(consentRoutes);
      await api.register(contactMergeRoutes);
      await api.register(companyRoutes);
      await api.register(customFieldRoutes);
      await api.register(noteRoutes, { assertRecord });
      await api.register(messagingRoutes, { mailer: messaging.mailer });
      await api.register(sendRoutes, { runtime: messaging, wake: () => sendSignal.wake() });
      await api.register(couponRoutes);
      await api.register(campaignRoutes, { wake: () => sendSignal.wake() });
      await api.register(timelineRoutes, { sources: timelineSources, resolveRecord });
      await api.register(viewRoutes, { fieldsFor });
      await api.register(importRoutes, {
        maxBytes: config.importMaxBytes,
        enqueue: (workspaceId, importId) => enqueue(importJobName, { workspaceId, importId }),
      });
      await api.register(auditRoutes);
      await api.register(sourceRoutes);
      await api.register(eventRoutes, { assertContact });
      await api.register(commerceRoutes, { assertContact });
      await api.register(contactTraitRoutes);
      await api.register(segmentRoutes);
      await api.register(modelRoutes);
      await api.register(taskRoutes);
      await api.register(journeyRoutes, { wake: () => journeySignal.wake() });
    },
    { prefix: '/api/v1' },
  );

  if (serveWeb && fs.existsSync(path.join(webDist, 'index.html'))) {
    await app.register(fastifyStatic, { root: webDist, wildcard: false });
    // Client-side routes (/contacts/…, /settings/…) all load the single-page app. Public, so that
    // an unknown /api/ path reaches the 404 rather than the guard's refusal of a route without a rule.
    app.get('/*', { config: { access: 'public' } }, (req, reply) => {
      if (req.url.startsWith('/api/')) return reply.callNotFound();
      return reply.sendFile('index.html');
    });
  }
  return { app, auth, routes, writer, messaging, sendSignal, journeySignal };
}
