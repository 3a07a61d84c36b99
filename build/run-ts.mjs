// Runs a TypeScript script (the benchmarks) as one esbuild bundle. Unlike tsx, esbuild here keeps no
// function names, so functions the script hands to a browser page to evaluate arrive as written.
//   node build/run-ts.mjs tests/bench/FILE.ts [ARGS...]
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node build/run-ts.mjs FILE.ts [ARGS...]');
  process.exit(2);
}
mkdirSync('dist/scripts', { recursive: true });
const outfile = resolve('dist/scripts', basename(entry).replace(/\.ts$/, '.mjs'));
await build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning' });
process.argv = [process.argv[0], outfile, ...args];
await import(pathToFileURL(outfile).href);
