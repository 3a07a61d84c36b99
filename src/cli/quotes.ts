/** `quotes`: the quotations of plain text files, one JSON line per file. */
import { readFileSync } from 'node:fs';
import { findQuotes } from '../core/quotes/index';

export async function runQuotes(files: string[]): Promise<number> {
  if (!files.length) {
    console.error('usage: cli.mjs quotes FILE...');
    return 2;
  }
  let failed = false;
  for (const file of files) {
    try {
      const quotes = findQuotes(readFileSync(file, 'utf8')).map(({ text, start, end, kind, speaker, score }) => ({ text, start, end, kind, speaker, score }));
      process.stdout.write(JSON.stringify({ file, quotes }) + '\n');
    } catch (err) {
      failed = true;
      process.stdout.write(JSON.stringify({ file, ok: false, error: err instanceof Error ? err.message : String(err) }) + '\n');
    }
  }
  return failed ? 1 : 0;
}
