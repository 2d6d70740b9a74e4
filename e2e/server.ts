import { spawn, type ChildProcess } from 'node:child_process';

/** A real `rapport start` process on the embedded database in `dataDir`. */
export interface ServerProcess {
  base: string;
  process: ChildProcess;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export async function startServer(dataDir: string, port = 3900 + Math.floor(Math.random() * 90)): Promise<ServerProcess> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), RAPPORT_DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL; // these tests are about a fresh embedded database
  const child = spawn(process.execPath, ['apps/server/bin/rapport.js', 'start'], { env, stdio: 'inherit' });
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
