/** Command-line host of the core: `extract`, `quotes`, `bench`. */
import { runExtract } from './extract';
import { runQuotes } from './quotes';
import { runBench } from './bench';

const USAGE = `usage:
  cli.mjs extract [--url URL] [--format json|text|markdown] FILE...   .html or .html.gz files
  cli.mjs quotes FILE...                                             plain text files
  cli.mjs bench [--dataset DIR] [--rounds N] [--only NAMES] [--per-page] extraction quality and speed`;

const [command, ...args] = process.argv.slice(2);
const commands: Record<string, (args: string[]) => Promise<number>> = {
  extract: runExtract,
  quotes: runQuotes,
  bench: runBench,
};

const run = commands[command ?? ''];
if (!run) {
  console.error(USAGE);
  process.exitCode = 2;
} else {
  run(args).then(
    (code) => (process.exitCode = code),
    (err) => {
      console.error(err instanceof Error ? err.stack : err);
      process.exitCode = 1;
    },
  );
}
