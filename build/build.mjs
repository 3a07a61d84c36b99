// `npm run build`: the command-line tool and the extension for each browser, into dist/.
import { rmSync } from 'node:fs';
import { sizeTable } from './bundle-sizes.mjs';
import { buildCli } from './cli.mjs';
import { buildExtension } from './extension.mjs';

rmSync('dist', { recursive: true, force: true });
await buildCli();
await buildExtension();
console.log(sizeTable('dist/chrome'));
