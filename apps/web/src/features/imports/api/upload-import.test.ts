import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from '../../../lib/api';
import { uploadForm } from './upload-import';

afterEach(() => vi.unstubAllGlobals());

describe('uploading an import', () => {
  it('sends the file and entity as multipart, leaving the content type (and boundary) to fetch', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ ok: true }), { status: 201 }));
    vi.stubGlobal('fetch', fetch);
    const file = new File(['email\na@example.com\n'], 'people.csv', { type: 'text/csv' });

    await api('/api/v1/imports', { method: 'POST', body: uploadForm({ file, entity: 'contacts' }) });

    const [, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    const headers = init.headers as Record<string, string>;
    expect(headers['Content-Type']).toBeUndefined();
    expect(headers['X-Rapport-Client']).toBe('web');
    const body = init.body as FormData;
    expect(body).toBeInstanceOf(FormData);
    expect(body.get('entity')).toBe('contacts');
    expect((body.get('file') as File).name).toBe('people.csv');
  });

  it('still sends other bodies as JSON', async () => {
    const fetch = vi.fn(async () => new Response(null, { status: 204 }));
    vi.stubGlobal('fetch', fetch);
    await api('/api/v1/imports/x', { method: 'PATCH', body: { tags: ['a'] } });
    const [, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect((init.headers as Record<string, string>)['Content-Type']).toBe('application/json');
    expect(init.body).toBe('{"tags":["a"]}');
  });
});
