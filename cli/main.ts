// The `enlace` command line: one sub-command per file under commands/. Only the command asked for is
// loaded (each pulls in its own stack: the extractor, the server, the driver), so that `enlace query`
// does not pay for loading the taggers; help and unknown commands load them all.
import { Command } from 'commander';

type Register = (program: Command) => void;
const COMMANDS: Record<string, () => Promise<Register>> = {
  start: async () => (await import('./commands/start')).registerStart,
  ingest: async () => (await import('./commands/ingest')).registerIngest,
  extract: async () => (await import('./commands/extract')).registerExtract,
  query: async () => (await import('./commands/query')).registerQuery,
  export: async () => (await import('./commands/export')).registerExport,
  db: async () => (await import('./commands/db')).registerDb,
};

const program = new Command('enlace')
  .description('Map cooperation between institutions and people from what they publish.')
  .version('0.1.0')
  .showHelpAfterError();

const asked = process.argv[2];
const names = asked !== undefined && Object.hasOwn(COMMANDS, asked) ? [asked] : Object.keys(COMMANDS);
for (const name of names) (await COMMANDS[name]!())(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.stderr.write(`enlace: ${error instanceof Error ? error.message : String(error)}\n`);
  // Exit now: a request abandoned on a silent database (its socket still open) would keep the command alive.
  process.exit(1);
}
