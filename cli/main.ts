// The `enlace` command line: one sub-command per file under commands/.
import { Command } from 'commander';
import { registerDb } from './commands/db';
import { registerExport } from './commands/export';
import { registerExtract } from './commands/extract';
import { registerIngest } from './commands/ingest';
import { registerQuery } from './commands/query';
import { registerStart } from './commands/start';

const program = new Command('enlace')
  .description('Map cooperation between institutions and people from what they publish.')
  .version('0.1.0')
  .showHelpAfterError();

registerStart(program);
registerIngest(program);
registerExtract(program);
registerQuery(program);
registerExport(program);
registerDb(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.stderr.write(`enlace: ${error instanceof Error ? error.message : String(error)}\n`);
  // Exit now: a request abandoned on a silent database (its socket still open) would keep the command alive.
  process.exit(1);
}
