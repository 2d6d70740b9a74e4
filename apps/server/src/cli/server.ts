import { buildApp } from '../app.js';
import { startQueue } from '../platform/jobs.js';
import { jobs } from '../jobs.js';
import { openRuntime } from './runtime.js';
import type { Database } from '../platform/db.js';
import type { Queue } from '../platform/jobs.js';
import { findUnfinishedImports, importJobName } from '../modules/imports/index.js';
import { startEventProcessor } from '../modules/events/index.js';
import { commerceEventConsumer } from '../modules/commerce/index.js';
import { startSegmentWorker } from '../modules/segments/index.js';
import { journeyEventConsumer, startJourneyWorker } from '../modules/journeys/index.js';
import { createMessagingRuntime, creditConversions, startCampaignWorker, startSendWorker } from '../modules/messaging/index.js';
import { resolveSecret } from '../platform/auth/auth.js';
import { startWorkerLoop } from '../platform/worker-loop.js';
import type { FastifyBaseLogger } from 'fastify';
import type { MessagingRuntime } from '../modules/messaging/index.js';

/** Modules that act on stored events, in the processor's transaction. */
const eventConsumers = [commerceEventConsumer, journeyEventConsumer];

/** Imports a crash interrupted go back on the queue; each resumes after its last committed batch. */
async function resumeImports(database: Database, queue: Queue) {
  for (const { workspaceId, id } of await findUnfinishedImports(database.db)) {
    await queue.send(importJobName, { workspaceId, importId: id }, { singletonKey: id });
  }
}

/** Launches campaigns, sends queued messages, and credits orders to the messages clicked before them. */
function startMessagingWorkers(database: Database, runtime: MessagingRuntime, log: FastifyBaseLogger) {
  const sender = startSendWorker(database, runtime, log);
  const launcher = startCampaignWorker(database, log);
  const credit = startWorkerLoop({ step: () => creditConversions(database), idleMs: 2000, log, failure: 'conversion credit failed; retrying' });
  return {
    wake: () => {
      sender.wake();
      launcher.wake();
    },
    stop: async () => void (await Promise.all([sender.stop(), launcher.stop(), credit.stop()])),
  };
}

function onShutdown(stop: () => Promise<void>) {
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) process.exit(1);
      stopping = true;
      stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
}

/** `rapport start`: API, web app and, with `work`, the job workers in one process. */
export async function runServer({ work }: { work: boolean }): Promise<void> {
  const { config, database, log } = await openRuntime();
  const queue = await startQueue({ database, log, jobs, work });
  const { app, writer, messaging, sendSignal, journeySignal } = await buildApp({ config, database, enqueue: async (name, data) => void (await queue.send(name, data)) });
  if (work) await resumeImports(database, queue);
  const processor = work ? startEventProcessor(database, log, eventConsumers) : null;
  if (processor) writer.onStored = processor.wake;
  const segmentWorker = work ? startSegmentWorker(database, log) : null;
  const messagingWorkers = work ? startMessagingWorkers(database, messaging, log) : null;
  if (messagingWorkers) sendSignal.wake = messagingWorkers.wake;
  const journeyWorker = work ? startJourneyWorker(database, log) : null;
  if (journeyWorker) journeySignal.wake = journeyWorker.wake;
  onShutdown(async () => {
    await app.close();
    await journeyWorker?.stop();
    await messagingWorkers?.stop();
    await processor?.stop();
    await segmentWorker?.stop();
    await queue.stop();
    await database.close();
  });
  await app.listen({ port: config.port, host: config.host });
  log.info(`Rapport is running at ${config.baseUrl} on ${database.kind === 'pglite' ? `the embedded database in ${config.dataDir}` : 'PostgreSQL'}`);
}

/** `rapport worker`: job workers only, so they can scale out beside API processes. */
export async function runWorker(): Promise<void> {
  const { config, database, log } = await openRuntime();
  if (database.kind === 'pglite') {
    log.warn('The embedded database serves one process; run workers separately only with DATABASE_URL.');
  }
  const queue = await startQueue({ database, log, jobs, work: true });
  await resumeImports(database, queue);
  const processor = startEventProcessor(database, log, eventConsumers);
  const segmentWorker = startSegmentWorker(database, log);
  const messaging = createMessagingRuntime({ config, secret: await resolveSecret(database.db, config.secret) });
  const messagingWorkers = startMessagingWorkers(database, messaging, log);
  const journeyWorker = startJourneyWorker(database, log);
  onShutdown(async () => {
    await journeyWorker.stop();
    await messagingWorkers.stop();
    messaging.close();
    await processor.stop();
    await segmentWorker.stop();
    await queue.stop();
    await database.close();
  });
  log.info(`Workers running for ${jobs.map((j) => j.name).join(', ')}, the event processor, the segment worker and the journey engine`);
}
