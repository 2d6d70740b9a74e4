import cliProgress from 'cli-progress';
import { z } from 'zod';
import type { Ctx } from '../platform/context.js';
import { createContact } from '../modules/contacts/index.js';
import { findOwnerUserId, findUserByEmail, findWorkspacesByRef, slugify } from '../modules/auth/index.js';
import { demoContacts } from './demo-data.js';
import { authFor, openRuntime } from './runtime.js';

const demoFlags = z.object({
  workspace: z.string().trim().min(1).max(100).default('Demo 示範'),
  contacts: z.coerce.number().int().min(1).max(100_000).default(200),
});

const demoUser = { email: 'demo@example.com', password: 'rapport-demo', name: 'Demo 示範' };

/** `rapport demo`: a workspace of sample contacts, with a demo owner when the workspace is new. */
export async function runDemo(flags: Record<string, unknown>): Promise<void> {
  const f = demoFlags.parse(flags);
  const rt = await openRuntime();
  try {
    const db = rt.database.db;
    const auth = await authFor(rt);
    let [ws] = await findWorkspacesByRef(db, f.workspace);
    if (!ws) {
      const user = (await findUserByEmail(db, demoUser.email)) ?? (await auth.api.signUpEmail({ body: demoUser })).user;
      await auth.api.createOrganization({ body: { name: f.workspace, slug: slugify(f.workspace), userId: user.id } });
      [ws] = await findWorkspacesByRef(db, f.workspace);
      console.log(`Created workspace "${f.workspace}"; sign in as ${demoUser.email} / ${demoUser.password}`);
    }
    if (!ws) throw new Error('demo workspace was not created');
    const ctx: Ctx = {
      db,
      workspaceId: ws.id,
      actor: { type: 'system', id: await findOwnerUserId(db, ws.id), label: 'rapport demo' },
      role: 'owner',
      via: 'cli',
      log: rt.log,
    };
    const bar = new cliProgress.SingleBar({ format: 'Contacts [{bar}] {value}/{total}', stream: process.stderr }, cliProgress.Presets.shades_classic);
    const people = demoContacts(f.contacts);
    bar.start(people.length, 0);
    for (const p of people) {
      await createContact(ctx, p);
      bar.increment();
    }
    bar.stop();
    console.log(`Loaded ${people.length} demo contacts into "${ws.name}".`);
  } finally {
    await rt.database.close();
  }
}
