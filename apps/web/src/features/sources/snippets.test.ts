import { describe, expect, it } from 'vitest';
import { curlSnippet, nodeSnippet, webConsentSnippet, webSnippet } from './snippets';

describe('install snippets', () => {
  it('loads the tracker from the app origin with the write key', () => {
    expect(webSnippet('https://crm.example.com', 'wk_abc')).toBe(
      '<script async src="https://crm.example.com/t.js" data-write-key="wk_abc"></script>',
    );
  });

  it('marks the consent variant so the tracker waits', () => {
    expect(webConsentSnippet('https://crm.example.com', 'wk_abc')).toContain('data-write-key="wk_abc" data-require-consent>');
  });

  it('points server SDKs and plain HTTP at the app origin', () => {
    expect(nodeSnippet('http://localhost:3000', 'wk_abc')).toContain("writeKey: 'wk_abc',\n  host: 'http://localhost:3000',");
    expect(curlSnippet('http://localhost:3000', 'wk_abc')).toMatch(/^curl -u 'wk_abc:'.*http:\/\/localhost:3000\/v1\/track$/s);
  });
});
