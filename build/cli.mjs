// Bundles the command-line tool: our code and the core's libraries in one file; Node-only DOM
// libraries (linkedom, jsdom) and the benchmark's Defuddle stay external, resolved from node_modules.
import { build } from 'esbuild';

export function buildCli() {
  return build({
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.mjs',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['linkedom', 'jsdom', 'defuddle', 'defuddle/*'],
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    logLevel: 'warning',
  });
}
