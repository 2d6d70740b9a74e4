/**
 * The event processor and the segment worker in a process of their own, as `rapport worker` runs
 * them beside the API processes (without its job queue, whose schedules would only add noise to
 * a measurement). Stops on SIGTERM.
 */
import { pino } from 'pino';
import { commerceEventConsumer } from '../../apps/server/src/modules/commerce/index.js';
import { startEventProcessor } from '../../apps/server/src/modules/events/index.js';
import { startSegmentWorker } from '../../apps/server/src/modules/segments/index.js';
import { openDatabase } from '../../apps/server/src/platform/db.js';

const log = pino({ level: process.env.BENCH_LOG ?? 'silent' });
const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: null });
const processor = startEventProcessor(database, log, [commerceEventConsumer], 50);
const worker = startSegmentWorker(database, log, 100);
process.on('SIGTERM', () => {
  void Promise.all([processor.stop(), worker.stop()])
    .then(() => database.close())
    .then(() => process.exit(0));
});
console.log('workers ready');
