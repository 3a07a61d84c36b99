/** `extract`: one JSON line per page, or one article for a person to read. */
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractArticle } from '../core/extract';
import { articleMarkdown } from '../core/markdown';
import type { Article } from '../core/types';
import { nodeSanitizer, parseDocument } from '../node/dom';
import { parseArgs } from './args';
import { readPage } from './read-page';

export async function runExtract(argv: string[]): Promise<number> {
  const { positional: files, str } = parseArgs(argv, ['relaxed']);
  const format = str('format') ?? 'json';
  if (!files.length || !['json', 'text', 'markdown'].includes(format)) {
    console.error('usage: cli.mjs extract [--url URL] [--format json|text|markdown] FILE...');
    return 2;
  }
  let failed = false;
  for (const file of files) {
    let line: Record<string, unknown>;
    try {
      const url = str('url') ?? pathToFileURL(file).href;
      const doc = parseDocument(readPage(file), url);
      const result = extractArticle(doc, { url, sanitize: nodeSanitizer() });
      line = { file, ...result };
      if (!result.ok) failed = true;
      else if (format !== 'json') {
        process.stdout.write(format === 'text' ? asText(result) : articleMarkdown(result, parseDocument));
        continue;
      }
    } catch (err) {
      failed = true;
      line = { file, ok: false, error: err instanceof Error ? err.message : String(err) };
    }
    if (format === 'json') process.stdout.write(JSON.stringify(line) + '\n');
    else console.error(`${basename(file)}: ${line.error ?? line.reason}`);
  }
  return failed ? 1 : 0;
}

function asText(a: Article): string {
  const head = [a.title, [a.siteName, a.byline, a.published?.slice(0, 10), `${a.readingMinutes} min read`].filter(Boolean).join(' · ')];
  return `${head.join('\n')}\n\n${a.text}\n`;
}
