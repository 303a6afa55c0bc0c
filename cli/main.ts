// The `enlace` command line: one sub-command per file under commands/.
import { Command } from 'commander';
import { registerExtract } from './commands/extract';

const program = new Command('enlace')
  .description('Map cooperation between institutions and people from what they publish.')
  .version('0.1.0')
  .showHelpAfterError();

registerExtract(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.stderr.write(`enlace: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
