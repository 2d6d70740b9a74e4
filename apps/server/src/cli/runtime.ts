import pino from 'pino';
import { loadConfig, type Config } from '../config.js';
import { openDatabase, type Database } from '../platform/db.js';

export interface Runtime {
  config: Config;
  database: Database;
  log: pino.Logger;
}

/** Opens the configured database and applies pending migrations: every command starts here. */
export async function openRuntime(): Promise<Runtime> {
  const config = loadConfig();
  // Logs go to stderr: stdout carries command output that scripts capture (such as a new API key).
  const log = pino({ level: config.logLevel }, pino.destination(2));
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await database.migrate();
  return { config, database, log };
}
