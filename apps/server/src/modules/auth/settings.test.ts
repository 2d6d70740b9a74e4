import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry, Page, Problem, Workspace, WorkspaceSettings } from '@rapport/contracts';
import { call, newMember, newWorkspace, startHarness, type Harness, type Session } from '../../test/harness.js';
import { regionFromAcceptLanguage } from './settings.service.js';

let h: Harness;
let owner: Session;
beforeAll(async () => {
  h = await startHarness();
  owner = await newWorkspace(h);
});
afterAll(() => h.close());

const settingsOf = async (s: Session) => (await call(h, s.headers, 'GET', '/api/v1/workspace/settings')).json<WorkspaceSettings>();

describe('workspace settings', () => {
  it("takes a new workspace's default region from its creator's browser languages", async () => {
    const res = await call(h, { ...owner.headers, 'accept-language': 'zh-TW,zh;q=0.9,en-US;q=0.8' }, 'POST', '/api/v1/workspaces', { name: '台北' });
    const ws = res.json<Workspace>();
    const s = await settingsOf(owner); // the new workspace is now active
    expect(s.defaultRegion).toBe('TW');
    expect(s.availableRegions).toEqual(expect.arrayContaining(['TW', 'JP', 'HK', 'CN', 'US']));
    await call(h, owner.headers, 'POST', `/api/v1/workspaces/${ws.id}/activate`);
    expect(regionFromAcceptLanguage('ja,en;q=0.5')).toBeNull();
    expect(regionFromAcceptLanguage('ja-JP')).toBe('JP');
    expect(regionFromAcceptLanguage('en-XX, fr-CA')).toBe('CA');
    expect(regionFromAcceptLanguage(undefined)).toBeNull();
  });

  it('lets admins change the default region, audited, and refuses unknown ones', async () => {
    const ws = await newWorkspace(h);
    const res = await call(h, ws.headers, 'PATCH', '/api/v1/workspace/settings', { defaultRegion: 'jp' });
    expect(res.statusCode).toBe(200);
    expect(res.json<WorkspaceSettings>().defaultRegion).toBe('JP');
    const audit = (await call(h, ws.headers, 'GET', '/api/v1/audit-log?entity=workspace')).json<Page<AuditEntry>>();
    expect(audit.data[0]).toMatchObject({ action: 'update', changes: { defaultRegion: { before: null, after: 'JP' } } });

    const bad = await call(h, ws.headers, 'PATCH', '/api/v1/workspace/settings', { defaultRegion: 'XX' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<Problem>().errors?.[0]?.path).toBe('defaultRegion');
    expect((await call(h, ws.headers, 'PATCH', '/api/v1/workspace/settings', { defaultRegion: 'Taiwan' })).statusCode).toBe(400);
    expect((await settingsOf(ws)).defaultRegion).toBe('JP');

    const cleared = await call(h, ws.headers, 'PATCH', '/api/v1/workspace/settings', { defaultRegion: null });
    expect(cleared.json<WorkspaceSettings>().defaultRegion).toBeNull();
  });

  it('lets members read the settings but not change them', async () => {
    const member = await newMember(h, owner, 'manager');
    expect((await call(h, member.headers, 'GET', '/api/v1/workspace/settings')).statusCode).toBe(200);
    expect((await call(h, member.headers, 'PATCH', '/api/v1/workspace/settings', { defaultRegion: 'US' })).statusCode).toBe(403);
  });
});
