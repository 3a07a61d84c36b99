import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { decodeHtml } from '../node/dom';

/** A saved page as text: `.html`, or `.html.gz` as the benchmark stores them. */
export function readPage(file: string): string {
  const bytes = readFileSync(file);
  return decodeHtml(file.endsWith('.gz') ? gunzipSync(bytes) : bytes);
}
