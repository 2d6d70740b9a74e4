import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * A committed migration is never edited: installations that already ran it would silently
 * differ from new ones. Each migration's checksum is pinned in drizzle/checksums.json; a new
 * migration adds its line there (the failure message prints it).
 */
const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../drizzle');
const pinned = JSON.parse(fs.readFileSync(path.join(dir, 'checksums.json'), 'utf8')) as Record<string, string>;
const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(path.join(dir, file))).digest('hex');

describe('migrations', () => {
  it('are pinned and unedited', () => {
    const actual = Object.fromEntries(
      fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.sql'))
        .sort()
        .map((f) => [f, sha256(f)]),
    );
    expect(actual).toEqual(pinned);
  });

  it('are all listed in the journal that the migrator follows', () => {
    const journal = JSON.parse(fs.readFileSync(path.join(dir, 'meta/_journal.json'), 'utf8')) as { entries: { tag: string }[] };
    expect(journal.entries.map((e) => `${e.tag}.sql`)).toEqual(Object.keys(pinned));
  });
});
