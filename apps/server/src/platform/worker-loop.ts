import type { FastifyBaseLogger } from 'fastify';

export interface WorkerLoop {
  /** Works now instead of at the next poll. */
  wake(): void;
  /** Finishes the step in hand and stops. */
  stop(): Promise<void>;
}

export interface WorkerLoopOptions {
  /** One unit of work; returns how much it did (0: nothing waiting). */
  step: () => Promise<number>;
  /** Pause while there is nothing to do. */
  idleMs: number;
  /** Pause after a failure, before the step is tried again. */
  retryMs?: number;
  log: FastifyBaseLogger;
  /** What the log says when a step fails. */
  failure: string;
}

/**
 * A background loop over a queue kept in the database: steps back to back while there is work,
 * polls every `idleMs` while there is none. A step that throws is logged and retried after a
 * pause; steps commit their own work, so a failed one leaves its work queued.
 */
export function startWorkerLoop({ step, idleMs, retryMs = 5000, log, failure }: WorkerLoopOptions): WorkerLoop {
  let stopped = false;
  let wakeUp: (() => void) | null = null;
  const rest = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        wakeUp = null;
        resolve();
      }, ms);
      wakeUp = () => {
        clearTimeout(timer);
        wakeUp = null;
        resolve();
      };
    });
  const done = (async () => {
    while (!stopped) {
      try {
        if ((await step()) === 0) await rest(idleMs);
        // Let waiting requests in between steps (PGlite resolves queries without yielding).
        else await new Promise((resolve) => setImmediate(resolve));
      } catch (err) {
        log.error({ err }, failure);
        await rest(retryMs);
      }
    }
  })();
  return {
    wake: () => wakeUp?.(),
    stop: async () => {
      stopped = true;
      wakeUp?.();
      await done;
    },
  };
}
