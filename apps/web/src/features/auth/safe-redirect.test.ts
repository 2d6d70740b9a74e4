import { describe, expect, it } from 'vitest';
import { safeRedirect } from './safe-redirect';

describe('safeRedirect', () => {
  it('keeps same-origin paths', () => {
    expect(safeRedirect('/contacts/abc?tab=1')).toBe('/contacts/abc?tab=1');
  });

  it.each(['https://evil.example', '//evil.example', '/\\evil.example', '', undefined, '/login?redirect=/x'])(
    'falls back for %s',
    (target) => {
      expect(safeRedirect(target)).toBe('/contacts');
    },
  );
});
