import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';

/**
 * A port nobody listens on. Browser tests run in parallel, and with ports picked at random two
 * servers met on one: the second failed to start, and its test talked to the first.
 */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** A real `rapport start` process on the embedded database in `dataDir`. */
export interface ServerProcess {
  base: string;
  process: ChildProcess;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * Starts `rapport start` on the embedded database in `dataDir`, or, with `databaseUrl`, on that
 * PostgreSQL database (benchmarks). Resolves once /health answers.
 */
export async function startServer(
  dataDir: string,
  port?: number,
  opts: { databaseUrl?: string; nodeArgs?: string[]; env?: Record<string, string> } = {},
): Promise<ServerProcess> {
  port ??= await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), RAPPORT_DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL; // these tests are about a fresh embedded database
  if (opts.databaseUrl) env.DATABASE_URL = opts.databaseUrl;
  Object.assign(env, opts.env);
  const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), 'apps/server/bin/rapport.js', 'start'], { env, stdio: 'inherit' });
  const base = `http://localhost:${port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (i > 120 || child.exitCode !== null) throw new Error('server did not start');
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    base,
    process: child,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null) child.kill(signal);
      await exited;
    },
  };
}

/** First-run setup through the API, then an event source: its write key and the owner's cookie. */
export async function setupWithSource(base: string, email = 'owner@example.com'): Promise<{ writeKey: string; cookie: string }> {
  const res = await fetch(`${base}/api/v1/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Owner', email, password: 'correct-horse-battery', workspaceName: 'Events' }),
  });
  if (res.status !== 201) throw new Error(`setup failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const src = await fetch(`${base}/api/v1/sources`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, origin: base },
    body: JSON.stringify({ name: 'Load', kind: 'server' }),
  });
  if (src.status !== 201) throw new Error(`source failed: ${src.status} ${await src.text()}`);
  return { writeKey: ((await src.json()) as { writeKey: string }).writeKey, cookie };
}

/** The Chromium that apt installs, if this machine has it. */
export const chromiumPath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p));

/** JSON calls to the API as the member whose session cookie `cookie()` gives (set once signed in). */
export function apiAs(server: () => ServerProcess, cookie: () => string) {
  return async <T>(method: string, url: string, body?: unknown): Promise<T> => {
    const { base } = server();
    const res = await fetch(`${base}${url}`, {
      method,
      headers: { cookie: cookie(), origin: base, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
    return (res.status === 204 ? undefined : await res.json()) as T;
  };
}
