import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import { call, startHarness, type Harness } from './test/harness.js';

let h: Harness;
/** The same app with two extra routes: one that fails unexpectedly, one that declares no access rule. */
let probe: FastifyInstance;
beforeAll(async () => {
  h = await startHarness();
  probe = (await buildApp({ config: h.config, database: h.database, enqueue: async () => {}, serveWeb: false })).app;
  probe.get('/api/v1/__boom', { config: { access: 'public' } }, () => {
    throw new Error('secret internal detail');
  });
  probe.get('/api/v1/__norule', () => 'should never be served');
  await probe.ready();
});
afterAll(async () => {
  await probe.close();
  await h.close();
});

describe('platform HTTP surface', () => {
  it('reports health with the database kind and version', async () => {
    const res = await call(h, null, 'GET', '/health');
    expect(res.json()).toEqual({ status: 'ok', database: process.env.DATABASE_URL ? 'postgres' : 'pglite', version: '0.1.0' });
  });

  it('publishes OpenAPI 3.1 for every API route, and interactive docs', async () => {
    const spec = (await call(h, null, 'GET', '/api/openapi.json')).json<{ openapi: string; paths: Record<string, object> }>();
    expect(spec.openapi).toBe('3.1.0');
    expect(Object.keys(spec.paths)).toEqual(expect.arrayContaining(['/api/v1/contacts', '/api/v1/contacts/{id}', '/api/v1/api-keys']));
    const docs = await call(h, null, 'GET', '/api/docs/');
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('swagger');
  });

  it('answers unknown routes, bad JSON and missing credentials with problem+json', async () => {
    const missing = await call(h, null, 'GET', '/api/v1/nope');
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toContain('application/problem+json');
    const bad = await h.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"email":' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ status: 400, code: 'validation_failed', title: 'Bad Request' });
    const anon = await call(h, null, 'GET', '/api/v1/contacts');
    expect(anon.statusCode).toBe(401);
    expect(anon.json()).toMatchObject({ code: 'unauthenticated', type: expect.stringContaining('unauthenticated') });
  });

  it('hides internals of unexpected errors behind a request id', async () => {
    const res = await probe.inject({ method: 'GET', url: '/api/v1/__boom' });
    expect(res.statusCode).toBe(500);
    const body = res.json<{ detail: string; requestId: string }>();
    expect(res.body).not.toContain('secret internal detail');
    expect(body.detail).toContain(body.requestId);
  });

  it('refuses a route that declares no access rule', async () => {
    const res = await probe.inject({ method: 'GET', url: '/api/v1/__norule' });
    expect(res.statusCode).toBe(403);
    expect(res.body).not.toContain('should never be served');
  });
});
