import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import type { FastifyInstance } from 'fastify';

const source = fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'tracker/t.js'));
const gzipped = zlib.gzipSync(source, { level: 9 });

/** The web tracker's size as served, for the limit in its test (10 KB gzipped). */
export const trackerBytes = { raw: source.byteLength, gzip: gzipped.byteLength };

/** Serves the web tracker at /t.js, compressed when the browser accepts it. */
export async function trackerRoute(app: FastifyInstance) {
  app.get('/t.js', { schema: { hide: true } }, (request, reply) => {
    const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    reply
      .header('content-type', 'application/javascript; charset=utf-8')
      .header('cache-control', 'public, max-age=3600')
      .header('vary', 'Accept-Encoding')
      .header('access-control-allow-origin', '*');
    if (gzip) reply.header('content-encoding', 'gzip');
    return reply.send(gzip ? gzipped : source);
  });
}
