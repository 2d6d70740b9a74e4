import { parseArgs } from 'node:util';
import { runApiKeyCreate, runUserCreate } from './cli/accounts.js';
import { runDemo } from './cli/demo.js';
import { runImportCommand } from './cli/import.js';
import { runMessagingCommand } from './cli/messaging.js';
import { runSegmentsCommand } from './cli/segments.js';
import { runServer, runWorker } from './cli/server.js';
import { openRuntime } from './cli/runtime.js';
import { AppError } from './platform/errors.js';

const usage = `Usage: rapport <command> [options]

Commands:
  start                               Serve the API and web app, and run background workers
  worker                              Run background workers only (scale out with more of them)
  migrate                             Apply pending database migrations
  user create --email E --password P --workspace NAME [--name N] [--region TW]
                                      Create a user, and the workspace with them as owner if new
  apikey create --workspace NAME --scopes read,write,track [--name N]
                                      Create an API key; prints only the key
  demo [--workspace NAME] [--contacts N]
                                      Load demo data (zh-TW and English)
  import contacts|companies|orders|products FILE --workspace NAME [--mapping JSON] [--dry-run]
         [--match email|phone|externalId] [--on-duplicate skip|update|fill-empty]   (contacts, companies)
         [--currency GBP] [--timezone Europe/London] [--cancel-prefix C]            (orders: one row
                                      per line item, grouped by order id)
                                      Import a CSV or XLSX file; prints created, updated, skipped
                                      and rejected counts. Rerun after a crash to resume.
  segments list --workspace NAME      Segments and lists with their sizes
  segments recompute --workspace NAME Compute RFM, NASLD, lifecycle stages and every segment now
  campaigns list --workspace NAME     Campaigns: id, name, status, audience, launch, winner
  campaigns send|cancel|results ID --workspace NAME
                                      Schedule a draft as it is set up, stop one, or show its
                                      results per variant with p-values and the holdout's lift
  campaigns end-test ID [--winner V] --workspace NAME
                                      End an A/B test now: V, or the best so far, goes to the rest
  journeys list --workspace NAME      Journeys with version, entered, active and conversion rate
  journeys publish ID --workspace NAME
  journeys enrol ID --contacts ID|EMAIL,… --workspace NAME
                                      Enrol contacts by hand; prints each one's result
  messages list --workspace NAME [--status S] [--contact ID|EMAIL] [--limit N]
  messages send --template ID --contact ID|EMAIL --key K [--transactional] --workspace NAME
                                      Queue one message; the same --key never sends twice
  (Campaigns, journeys and messages are carried out by a running \`rapport start\` or \`rapport worker\`.)

Environment: DATABASE_URL (PostgreSQL; default is the embedded database in RAPPORT_DATA_DIR),
PORT, RAPPORT_DATA_DIR, RAPPORT_BASE_URL, RAPPORT_SECRET, RAPPORT_IMPORT_MAX_MB, RAPPORT_INGEST_MAX_PENDING, LOG_LEVEL. See the README.`;

async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      email: { type: 'string' },
      password: { type: 'string' },
      workspace: { type: 'string' },
      name: { type: 'string' },
      region: { type: 'string' },
      scopes: { type: 'string' },
      contacts: { type: 'string' },
      mapping: { type: 'string' },
      match: { type: 'string' },
      'on-duplicate': { type: 'string' },
      'dry-run': { type: 'boolean' },
      currency: { type: 'string' },
      timezone: { type: 'string' },
      'cancel-prefix': { type: 'string' },
      limit: { type: 'string' },
      status: { type: 'string' },
      contact: { type: 'string' },
      template: { type: 'string' },
      key: { type: 'string' },
      winner: { type: 'string' },
      transactional: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  // These take positionals after them; the other commands are fixed words.
  const withArgs = ['import', 'segments', 'campaigns', 'journeys', 'messages'];
  const command = withArgs.includes(positionals[0] ?? '') ? positionals[0]! : positionals.join(' ');
  if (values.help || !command) {
    console.log(usage);
    return;
  }
  switch (command) {
    case 'start':
      return runServer({ work: true });
    case 'worker':
      return runWorker();
    case 'migrate': {
      const rt = await openRuntime();
      console.log('Migrations applied.');
      return rt.database.close();
    }
    case 'user create':
      return runUserCreate(values);
    case 'apikey create':
      return runApiKeyCreate(values);
    case 'demo':
      return runDemo(values);
    case 'import':
      return runImportCommand(positionals.slice(1), values);
    case 'segments':
      return runSegmentsCommand(positionals[1], values);
    case 'campaigns':
    case 'journeys':
    case 'messages':
      return runMessagingCommand(command, positionals.slice(1), values);
    default:
      throw new Error(`Unknown command "${command}".\n\n${usage}`);
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  // What a form would show at each field: "audience.include: Pick a segment to send to".
  if (err instanceof AppError) for (const e of err.details.errors ?? []) console.error(`  ${e.path}: ${e.message}`);
  process.exit(1);
});
