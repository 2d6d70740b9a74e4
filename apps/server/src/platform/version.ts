import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const pkgPath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../package.json');

/** The release version, from the root package.json. */
export const version: string = (JSON.parse(fs.readFileSync(pkgPath, 'utf8')) as { version: string }).version;
