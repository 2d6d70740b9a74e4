import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Contact, Me, Problem } from '@rapport/contracts';
import type { LightMyRequestResponse } from 'fastify';
import { call, cookieFrom, login, newWorkspace, password, startHarness, uniqueEmail, type Harness } from '../../test/harness.js';

let h: Harness;
beforeAll(async () => {
  // No users are created here: the first test must see the database as a first run would.
  h = await startHarness();
});
afterAll(() => h.close());

const setCookies = (res: LightMyRequestResponse): string[] => {
  const raw = res.headers['set-cookie'];
  return Array.isArray(raw) ? raw : raw ? [raw] : [];
};
const loginRes = (email: string, pw: string) => call(h, null, 'POST', '/api/v1/auth/login', { email, password: pw });

describe('first-run setup', () => {
  it('creates the first owner and workspace once, with an HttpOnly session cookie', async () => {
    const { needsSetup } = (await call(h, null, 'GET', '/api/v1/setup')).json<{ needsSetup: boolean }>();
    if (h.database.kind === 'pglite') expect(needsSetup).toBe(true);
    const email = uniqueEmail('setup');
    const body = { name: 'First Owner', email: email.toUpperCase(), password, workspaceName: 'Acme GmbH' };
    const res = await call(h, null, 'POST', '/api/v1/setup', body);

    if (needsSetup) {
      expect(res.statusCode).toBe(201);
      const me = res.json<Me>();
      expect(me.user).toMatchObject({ name: 'First Owner', email });
      expect(me.workspace).toMatchObject({ name: 'Acme GmbH', role: 'owner' });
      expect(me.workspaces).toEqual([me.workspace]);
      const session = setCookies(res).find((c) => c.startsWith('rapport.session_token='));
      expect(session).toBeDefined();
      expect(session).toMatch(/;\s*HttpOnly/i);
      expect(session).toMatch(/SameSite=Lax/i);
      // The cookie signs the new owner in, with the new workspace active.
      const again = await call(h, cookieFrom(res), 'GET', '/api/v1/me');
      expect(again.statusCode).toBe(200);
      expect(again.json<Me>().workspace?.id).toBe(me.workspace!.id);
      expect((await call(h, null, 'GET', '/api/v1/setup')).json()).toEqual({ needsSetup: false });
    }

    const refusedEmail = needsSetup ? uniqueEmail('setup2') : email;
    const second = needsSetup ? await call(h, null, 'POST', '/api/v1/setup', { ...body, email: refusedEmail }) : res;
    expect(second.statusCode).toBe(409);
    expect(second.json<Problem>().code).toBe('setup_already_done');
    // The refused attempt created no account.
    const { rows } = await h.database.query('select count(*)::int as n from users where email = $1', [refusedEmail]);
    expect(rows[0]).toEqual({ n: 0 });
  });

  it('rejects an invalid setup body naming each bad field', async () => {
    const res = await call(h, null, 'POST', '/api/v1/setup', { name: '', email: 'nope', password: 'short' });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const body = res.json<Problem>();
    expect(body.code).toBe('validation_failed');
    expect(body.errors!.map((e) => e.path).sort()).toEqual(['email', 'name', 'password', 'workspaceName']);
  });
});

describe('login', () => {
  it('returns Me with the first workspace active', async () => {
    const ws = await newWorkspace(h, 'First');
    const other = await call(h, ws.headers, 'POST', '/api/v1/workspaces', { name: 'Second' });
    expect(other.statusCode).toBe(201);

    const res = await loginRes(ws.email.toUpperCase(), password);
    expect(res.statusCode).toBe(200);
    const me = res.json<Me>();
    expect(me.user).toMatchObject({ id: ws.userId, email: ws.email });
    expect(me.workspace).toMatchObject({ id: ws.workspaceId, name: 'First', role: 'owner' });
    expect(me.workspaces.map((w) => w.name)).toEqual(['First', 'Second']);
    const fresh = await call(h, cookieFrom(res), 'GET', '/api/v1/me');
    expect(fresh.json<Me>().workspace?.id).toBe(ws.workspaceId);
  });

  it('answers a wrong password and an unknown email alike', async () => {
    const ws = await newWorkspace(h);
    const wrong = await loginRes(ws.email, 'not-the-password');
    const unknown = await loginRes(uniqueEmail('nobody'), password);
    for (const res of [wrong, unknown]) {
      expect(res.statusCode).toBe(401);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json<Problem>().code).toBe('invalid_credentials');
      expect(setCookies(res)).toEqual([]);
    }
    expect(wrong.json<Problem>().detail).toBe(unknown.json<Problem>().detail);
  });

  it('rate-limits attempts for one email after 10', async () => {
    // An account that has not signed in yet: every attempt below counts.
    const email = uniqueEmail('limited');
    await h.auth.api.signUpEmail({ body: { email, password, name: 'Limited' } });
    for (let i = 0; i < 10; i++) {
      // Case does not matter: the limit is per address and email, however it is spelled.
      const res = await loginRes(i % 2 ? email.toUpperCase() : email, `wrong-${i}`);
      expect(res.statusCode).toBe(401);
    }
    const limited = await loginRes(email, password);
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['content-type']).toContain('application/problem+json');
    expect(limited.json<Problem>().code).toBe('rate_limited');
    // Other accounts from the same address are not locked out.
    const other = await newWorkspace(h);
    expect((await loginRes(other.email, password)).statusCode).toBe(200);
  });
});

describe('session', () => {
  it('refuses /me without a cookie', async () => {
    const res = await call(h, null, 'GET', '/api/v1/me');
    expect(res.statusCode).toBe(401);
    expect(res.json<Problem>().code).toBe('unauthenticated');
    const forged = await call(h, { cookie: 'rapport.session_token=forged.value' }, 'GET', '/api/v1/me');
    expect(forged.statusCode).toBe(401);
  });

  it('logs out: the old cookie stops working', async () => {
    const ws = await newWorkspace(h);
    expect((await call(h, ws.headers, 'GET', '/api/v1/me')).statusCode).toBe(200);
    expect((await call(h, ws.headers, 'POST', '/api/v1/auth/logout')).statusCode).toBe(204);
    const after = await call(h, ws.headers, 'GET', '/api/v1/me');
    expect(after.statusCode).toBe(401);
    expect((await call(h, ws.headers, 'GET', '/api/v1/contacts')).statusCode).toBe(401);
  });

  it('changes the password only with the right current one', async () => {
    const ws = await newWorkspace(h);
    const other = await login(h, ws.email);
    const wrong = await call(h, ws.headers, 'POST', '/api/v1/auth/password', { currentPassword: 'nope-nope', newPassword: 'a-new-password' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json<Problem>().errors![0]!.path).toBe('currentPassword');
    expect((await loginRes(ws.email, password)).statusCode).toBe(200);

    const ok = await call(h, ws.headers, 'POST', '/api/v1/auth/password', { currentPassword: password, newPassword: 'a-new-password' });
    expect(ok.statusCode).toBe(204);
    expect((await loginRes(ws.email, password)).statusCode).toBe(401);
    const relogin = await loginRes(ws.email, 'a-new-password');
    expect(relogin.statusCode).toBe(200);
    expect(relogin.json<Me>().workspace?.id).toBe(ws.workspaceId);

    // Other sessions are signed out; the one that changed the password keeps working in its workspace.
    expect((await call(h, other, 'GET', '/api/v1/me')).statusCode).toBe(401);
    const mine = { ...ws.headers, ...cookieFrom(ok) };
    const me = await call(h, mine, 'GET', '/api/v1/me');
    expect(me.statusCode).toBe(200);
    expect(me.json<Me>().workspace?.id).toBe(ws.workspaceId);
    expect((await call(h, mine, 'GET', '/api/v1/contacts')).statusCode).toBe(200);
  });

  it('stores password hashes as argon2id', async () => {
    const ws = await newWorkspace(h);
    const { rows } = await h.database.query<{ password: string | null }>('select password from accounts where user_id = $1', [ws.userId]);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.password).toMatch(/^\$argon2id\$/);
    expect(rows[0]!.password).not.toContain(password);
  });
});

describe('CSRF', () => {
  const create = (headers: Record<string, string>) => call(h, headers, 'POST', '/api/v1/contacts', { firstName: 'Csrf' });

  it('refuses cookie-authenticated writes from a foreign origin', async () => {
    const ws = await newWorkspace(h);
    const evil = await create({ ...ws.headers, origin: 'http://evil.example' });
    expect(evil.statusCode).toBe(403);
    expect(evil.json<Problem>().code).toBe('csrf_rejected');
    const crossSite = await create({ ...ws.headers, 'sec-fetch-site': 'cross-site' });
    expect(crossSite.statusCode).toBe(403);
    expect(crossSite.json<Problem>().code).toBe('csrf_rejected');
    // A look-alike of the trusted origin is foreign too.
    expect((await create({ ...ws.headers, origin: 'http://localhost:80.evil.example' })).statusCode).toBe(403);
    // Nothing was written.
    const list = (await call(h, ws.headers, 'GET', '/api/v1/contacts')).json<{ data: Contact[] }>();
    expect(list.data).toEqual([]);
  });

  it('allows same-origin writes', async () => {
    const ws = await newWorkspace(h);
    // inject sends Host: localhost:80, so the request's own origin is http://localhost:80.
    expect((await create({ ...ws.headers, origin: 'http://localhost:80' })).statusCode).toBe(201);
    expect((await create({ ...ws.headers, host: 'crm.example.com', origin: 'http://crm.example.com' })).statusCode).toBe(201);
    expect((await create({ ...ws.headers, 'sec-fetch-site': 'same-origin' })).statusCode).toBe(201);
    // The configured base URL is trusted as well.
    expect((await create({ ...ws.headers, origin: new URL(h.config.baseUrl).origin })).statusCode).toBe(201);
    // The Origin must be this request's own: http://localhost:80 is foreign to a request for crm.example.com.
    const mismatch = await create({ ...ws.headers, host: 'crm.example.com', origin: 'http://localhost:80' });
    expect(mismatch.statusCode).toBe(403);
    const list = (await call(h, ws.headers, 'GET', '/api/v1/contacts')).json<{ data: Contact[] }>();
    expect(list.data).toHaveLength(4);
  });
});
