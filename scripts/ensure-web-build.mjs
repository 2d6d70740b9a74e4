// Builds the web app when its build is missing or older than its sources, so `npm start`
// and `npm test` work on a fresh clone without a separate build step.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const web = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '../apps/web');
const built = path.join(web, 'dist/index.html');
const sources = [path.join(web, 'src'), path.join(web, 'index.html'), path.resolve(web, '../../packages/contracts/src')];

function newestMtime(p) {
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(0, ...fs.readdirSync(p).map((f) => newestMtime(path.join(p, f))));
}

const isStale = !fs.existsSync(built) || Math.max(...sources.map(newestMtime)) > fs.statSync(built).mtimeMs;
if (isStale) {
  console.log('Building the web app…');
  execSync('npm run build -w apps/web', { stdio: 'inherit' });
}
